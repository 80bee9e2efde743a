package de.sozialraum.planning.department;

/**
 * Which departments of a Kommune can lead a new goal: those in the Kommune's catalogue that are not
 * retired. A domain service: aggregates ask it, it never changes them.
 */
@FunctionalInterface
public interface DepartmentCatalogue {

    boolean isActive(String kommuneKey, String departmentKey);
}
