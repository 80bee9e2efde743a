package de.sozialraum.coordination.sozialraum.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * What coordination knows of the Sozialräume and goals that planning recorded, learnt from planning's
 * published events (never from planning's database).
 */
public interface SozialraumDirectory {

    /** The key of the Kommune the Sozialraum belongs to, if the Sozialraum is known. */
    Optional<String> kommuneOf(String sozialraumId);

    /** True if planning retired the Sozialraum: it takes no new assignments. */
    boolean isRetired(String sozialraumId);

    /** Those of the given goal ids that are not known goals of the Sozialraum. */
    Set<String> unknownGoals(String sozialraumId, Collection<String> goalIds);

    /** Those of the given goal ids that planning has closed (achieved or abandoned). */
    Set<String> closedGoals(String sozialraumId, Collection<String> goalIds);
}
