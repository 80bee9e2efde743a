package de.sozialraum.coordination.decision.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Every mandate of the decision is settled: which assignments were completed, declined, cancelled, or never
 * issued. Sent by the mandate saga as the system actor.
 */
public record RecordImplementationOutcomeCommand(
        @TargetAggregateIdentifier String decisionId,
        List<String> completed,
        List<String> declined,
        List<String> cancelled,
        List<String> notIssued) {

    public RecordImplementationOutcomeCommand {
        completed = List.copyOf(completed);
        declined = List.copyOf(declined);
        cancelled = List.copyOf(cancelled);
        notIssued = List.copyOf(notIssued);
    }

    public boolean allCompleted() {
        return declined.isEmpty() && cancelled.isEmpty() && notIssued.isEmpty();
    }
}
