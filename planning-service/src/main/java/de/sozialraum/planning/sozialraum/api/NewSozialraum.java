package de.sozialraum.planning.sozialraum.api;

/**
 * What a Sozialraum that comes out of a merge or split is: the same data as a registration.
 *
 * @param parentId   the Sozialraum it lies within (same Kommune, active, none of its predecessors), or {@code null}
 * @param population inhabitants, or {@code null} if not known
 * @param boundary   outline, or {@code null}
 */
public record NewSozialraum(String name, SozialraumKind kind, String parentId, Integer population, Boundary boundary) {
}
