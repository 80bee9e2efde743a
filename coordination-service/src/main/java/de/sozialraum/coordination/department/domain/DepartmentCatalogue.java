package de.sozialraum.coordination.department.domain;

/**
 * Which departments of a Kommune take new assignments: those in the Kommune's catalogue that planning
 * has not retired, learnt from planning's published events (never from planning's database).
 */
@FunctionalInterface
public interface DepartmentCatalogue {

    boolean isActive(String kommuneKey, String departmentKey);
}
