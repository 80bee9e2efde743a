package de.sozialraum.planning.sozialraum.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeSozialraumBoundaryCommand(@TargetAggregateIdentifier String sozialraumId, Boundary boundary, String reason) {
}
