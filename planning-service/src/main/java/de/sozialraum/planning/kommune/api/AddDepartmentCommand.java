package de.sozialraum.planning.kommune.api;

import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddDepartmentCommand(
        @TargetAggregateIdentifier String kommuneKey,
        String departmentKey,
        String name,
        DepartmentType type) {

    public AddDepartmentCommand {
        Objects.requireNonNull(type, "type");
    }
}
