package de.sozialraum.planning.kommune.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetireDepartmentCommand(
        @TargetAggregateIdentifier String kommuneKey,
        String departmentKey,
        String reason) {
}
