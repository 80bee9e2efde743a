package de.sozialraum.planning.indicator.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Map;
import java.util.TreeMap;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.planning.domain.Texts;
import de.sozialraum.planning.indicator.api.ConcludeMeasurementImportCommand;
import de.sozialraum.planning.indicator.api.ImportOutcome;
import de.sozialraum.planning.indicator.api.ImportReport;
import de.sozialraum.planning.indicator.api.MeasurementImportCompletedEvent;
import de.sozialraum.planning.indicator.api.MeasurementImportFailedEvent;
import de.sozialraum.planning.indicator.api.MeasurementImportRejectedEvent;
import de.sozialraum.platform.actor.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The outcome of one measurement import on the Kommune's timeline: completed, rejected or failed —
 * once. The worker that ran the import and a restarted service that finds it unfinished may both try
 * to conclude it; the second is refused and learns the first outcome.
 */
@Aggregate
public class MeasurementImport {

    @AggregateIdentifier
    private String importId;
    private ImportOutcome outcome;

    protected MeasurementImport() {
        // Axon needs it to rebuild the aggregate from its events (and to create it when the import ends).
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ConcludeMeasurementImportCommand command, Actor actor) {
        PlanningAccessRules.concludeMeasurementImport(actor, command.kommuneKey());
        if (outcome != null) {
            throw new ImportConcludedException(command.importId(), outcome);
        }
        ImportReport report = command.report();
        Map<String, Long> errorCounts = new TreeMap<>(report.errorCounts() == null ? Map.of() : report.errorCounts());
        switch (command.outcome()) {
            case APPLIED, PARTIALLY_APPLIED -> apply(new MeasurementImportCompletedEvent(command.importId(), command.kommuneKey(),
                    command.outcome(), report.fileName(), report.rows(), report.values(), report.series(), report.sozialraeume(),
                    report.rows() - report.values(), report.errors(), errorCounts, report.startedById(), report.startedByName()));
            case REJECTED -> apply(new MeasurementImportRejectedEvent(command.importId(), command.kommuneKey(), report.fileName(),
                    report.rows(), report.validRows(), report.errors(), errorCounts, report.startedById(), report.startedByName()));
            case FAILED -> apply(new MeasurementImportFailedEvent(command.importId(), command.kommuneKey(), report.fileName(),
                    Texts.reason(command.reason()), report.rows(), report.values(), report.series(), report.startedById(), report.startedByName()));
        }
    }


    @EventSourcingHandler
    void on(MeasurementImportCompletedEvent event) {
        importId = event.importId();
        outcome = event.outcome();
    }

    @EventSourcingHandler
    void on(MeasurementImportRejectedEvent event) {
        importId = event.importId();
        outcome = ImportOutcome.REJECTED;
    }

    @EventSourcingHandler
    void on(MeasurementImportFailedEvent event) {
        importId = event.importId();
        outcome = ImportOutcome.FAILED;
    }
}
