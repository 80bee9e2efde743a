package de.sozialraum.platform.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.messaging.MetaData;

/** How an {@link Actor} travels in Axon message metadata, from command to events. */
public final class ActorMetaData {

    public static final String ID = "actorId";
    public static final String NAME = "actorName";
    public static final String ROLE = "actorRole";
    public static final String DEPARTMENT = "actorDepartment";
    public static final String KOMMUNE = "actorKommune";
    public static final List<String> KEYS = List.of(ID, NAME, ROLE, DEPARTMENT, KOMMUNE);

    private ActorMetaData() {
    }

    /**
     * Every key of the actor, those it has not ({@code department}, {@code kommune}) as {@code null}: metadata
     * named on a message overrides what it inherits from the message being handled (correlation data) key by
     * key, so a missing key would let the department of the person behind that message slip in.
     */
    public static MetaData of(Actor actor) {
        Map<String, Object> values = new HashMap<>();
        values.put(ID, actor.id());
        values.put(NAME, actor.displayName());
        values.put(ROLE, actor.role());
        values.put(DEPARTMENT, actor.department());
        values.put(KOMMUNE, actor.kommune());
        return MetaData.from(values);
    }

    public static Optional<Actor> from(MetaData metaData) {
        if (!(metaData.get(ID) instanceof String id)) {
            return Optional.empty();
        }
        return Optional.of(new Actor(id, text(metaData, NAME), text(metaData, ROLE),
                text(metaData, DEPARTMENT), text(metaData, KOMMUNE)));
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
