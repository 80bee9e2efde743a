package de.sozialraum.planning.indicator.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records how an import ended, once.
 *
 * @param reason why it failed; only for {@link ImportOutcome#FAILED}
 */
public record ConcludeMeasurementImportCommand(
        @TargetAggregateIdentifier String importId,
        String kommuneKey,
        ImportOutcome outcome,
        ImportReport report,
        String reason) {
}
