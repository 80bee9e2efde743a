package de.sozialraum.coordination;

import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.ActorMetaData;
import de.sozialraum.testsupport.TestUser;
import org.axonframework.messaging.MetaData;

/** Who sends a command in a fixture test: a demo user, as metadata like the web layer attaches it. */
public final class FixtureActors {

    private FixtureActors() {
    }

    public static MetaData as(TestUser user) {
        return ActorMetaData.of(new Actor(user.id(), user.name(), user.role(), user.department(), user.kommune()));
    }
}
