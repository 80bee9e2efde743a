package de.sozialraum.platform.actor;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The documented system actor: the author of work that no person's request started
 * (see docs/architecture.md, "Attribution").
 */
@ConfigurationProperties("sozialraum.actor.system")
public record SystemActorProperties(
        @DefaultValue("system") String id,
        @DefaultValue("Systemkonto (ohne Anmeldung)") String displayName,
        @DefaultValue("SYSTEM") String role,
        String department,
        String kommune) {

    public Actor toActor() {
        return new Actor(id, displayName, role, department, kommune);
    }

    /** The system acting for one Kommune, e.g. a deadline or a decision's mandate in that Kommune. */
    public Actor forKommune(String kommuneKey) {
        return new Actor(id, displayName, role, department, kommuneKey);
    }
}
