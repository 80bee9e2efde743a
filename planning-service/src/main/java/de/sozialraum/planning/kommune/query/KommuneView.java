package de.sozialraum.planning.kommune.query;

import java.util.List;

import de.sozialraum.planning.kommune.api.DepartmentType;
import de.sozialraum.planning.kommune.api.KommuneKind;

/**
 * A registered Kommune as planning's views show it.
 *
 * @param departments its catalogue, active and retired, by key; only in the view of one Kommune
 */
public record KommuneView(String key, String name, KommuneKind kind, List<DepartmentView> departments) {

    /**
     * @param status        {@code ACTIVE} or {@code RETIRED}
     * @param retiredReason why it was retired, if it was
     */
    public record DepartmentView(String key, String name, DepartmentType type, String status, String retiredReason) {

        public static final String ACTIVE = "ACTIVE";
        public static final String RETIRED = "RETIRED";
    }
}
