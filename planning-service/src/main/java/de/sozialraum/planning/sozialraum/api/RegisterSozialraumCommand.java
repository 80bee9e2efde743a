package de.sozialraum.planning.sozialraum.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterSozialraumCommand(
        @TargetAggregateIdentifier String sozialraumId,
        String kommuneKey,
        String name,
        SozialraumKind kind) {
}
