package de.sozialraum.planning.sozialraum.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * @param parentId   the Sozialraum this one lies within (same Kommune, not retired), or {@code null}
 * @param population inhabitants, or {@code null} if not known
 * @param boundary   outline, or {@code null}
 */
public record RegisterSozialraumCommand(
        @TargetAggregateIdentifier String sozialraumId,
        String kommuneKey,
        String name,
        SozialraumKind kind,
        String parentId,
        Integer population,
        Boundary boundary) {
}
