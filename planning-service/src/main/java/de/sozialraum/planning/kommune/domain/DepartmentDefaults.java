package de.sozialraum.planning.kommune.domain;

import java.util.List;

import de.sozialraum.planning.kommune.api.Department;

/** The departments every newly registered Kommune starts with. A domain service, fed by configuration. */
@FunctionalInterface
public interface DepartmentDefaults {

    List<Department> departments();
}
