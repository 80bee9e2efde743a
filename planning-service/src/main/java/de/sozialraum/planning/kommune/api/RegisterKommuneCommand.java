package de.sozialraum.planning.kommune.api;

import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a Kommune under its official key, which is also the aggregate's id. */
public record RegisterKommuneCommand(
        @TargetAggregateIdentifier String kommuneKey,
        String name,
        KommuneKind kind) {

    public RegisterKommuneCommand {
        Objects.requireNonNull(kind, "kind");
    }
}
