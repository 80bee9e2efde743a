package de.sozialraum.planning.department;

/** Which departments can lead a goal. A domain service: aggregates ask it, it never changes them. */
@FunctionalInterface
public interface DepartmentCatalogue {

    boolean contains(String departmentKey);
}
