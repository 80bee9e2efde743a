package de.sozialraum.planning.sozialraum.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetireSozialraumCommand(@TargetAggregateIdentifier String sozialraumId, String reason) {
}
