package de.sozialraum.planning.kommune.domain;

import java.util.Map;

import de.sozialraum.platform.problem.ConflictException;

/** A key once in the catalogue stays taken, also after retirement (409), so no event ever means two departments. */
public class DepartmentExistsException extends ConflictException {

    private final boolean retired;

    DepartmentExistsException(String departmentKey, boolean retired) {
        super("department-exists", "Department " + departmentKey + " exists already" + (retired ? " (retired)" : ""), departmentKey);
        this.retired = retired;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("currentStatus", retired ? "RETIRED" : "ACTIVE");
    }
}
