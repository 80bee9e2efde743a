package de.sozialraum.coordination.department;

/** The departments assignments can be issued to. */
@FunctionalInterface
public interface DepartmentCatalogue {

    boolean contains(String departmentKey);
}
