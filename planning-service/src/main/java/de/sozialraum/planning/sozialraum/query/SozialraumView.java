package de.sozialraum.planning.sozialraum.query;

import java.util.List;

import de.sozialraum.planning.sozialraum.api.Boundary;
import de.sozialraum.planning.sozialraum.api.SozialraumKind;

/**
 * A Sozialraum as the planning views show it.
 *
 * @param status        {@code ACTIVE} or {@code RETIRED}
 * @param retiredReason why it was retired, if it was
 * @param goalCount     goals set for it
 * @param boundary      its outline; only in the view of one Sozialraum
 * @param children      the Sozialräume within it; only in the tree
 * @param predecessors  the Sozialräume it came out of by a merge or split; empty otherwise
 * @param successors    the Sozialräume a merge or split turned it into; empty otherwise
 */
public record SozialraumView(
        String id,
        String kommuneKey,
        String name,
        SozialraumKind kind,
        String parentId,
        Integer population,
        String status,
        String retiredReason,
        int goalCount,
        Boundary boundary,
        List<SozialraumView> children,
        List<SozialraumLink> predecessors,
        List<SozialraumLink> successors) {

    public static final String ACTIVE = "ACTIVE";
    public static final String RETIRED = "RETIRED";

    SozialraumView withChildren(List<SozialraumView> tree) {
        return new SozialraumView(id, kommuneKey, name, kind, parentId, population, status, retiredReason, goalCount, null, tree,
                predecessors, successors);
    }
}
