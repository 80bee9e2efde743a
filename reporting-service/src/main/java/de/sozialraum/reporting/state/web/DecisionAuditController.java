package de.sozialraum.reporting.state.web;

import java.util.List;

import de.sozialraum.platform.actor.CurrentActor;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.reporting.access.ReportingAccessRules;
import de.sozialraum.reporting.state.DecisionHistories;
import de.sozialraum.reporting.state.TimelineStates;
import de.sozialraum.reporting.state.api.DecisionHistory;
import de.sozialraum.reporting.state.api.KnownAtDecision;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A decision's history and what was known when it was decided, from the timeline (docs/audit.md). */
@RestController
class DecisionAuditController {

    private final DecisionHistories histories;
    private final TimelineStates states;
    private final CurrentActor currentActor;

    DecisionAuditController(DecisionHistories histories, TimelineStates states, CurrentActor currentActor) {
        this.histories = histories;
        this.states = states;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Verlauf eines Beschlusses",
            description = "Jede Fassung und jedes Ereignis des Beschlusses mit wer, wann, warum; die Bezüge jeder Fassung so, "
                    + "wie sie zu ihrer Zeit waren.")
    @GetMapping("/api/audit/decisions/{decisionId}")
    DecisionHistory history(@PathVariable String decisionId) {
        return histories.history(decisionId, readableEntries(decisionId));
    }

    @Operation(summary = "Was beim Beschluss bekannt war",
            description = "Der Stand der Zeitleiste des Beschlusses unmittelbar vor dem Eintrag der Fassung (Standard: Fassung 1).")
    @GetMapping("/api/audit/decisions/{decisionId}/known")
    KnownAtDecision known(@PathVariable String decisionId, @RequestParam(defaultValue = "1") @Min(1) int version) {
        List<TimelineEntry> entries = readableEntries(decisionId);
        TimelineEntry entry = DecisionHistories.versionEntry(entries, version).orElseThrow(() -> new NotFoundException(
                "decision-version-not-found", "Decision " + decisionId + " has no version " + version, decisionId, version));
        long before = entry.position() - 1;
        return new KnownAtDecision(decisionId, version, entry.position(), entry.time(),
                StateViews.of(states.atPosition(entry.timelineId(), before), null, before));
    }

    private List<TimelineEntry> readableEntries(String decisionId) {
        List<TimelineEntry> entries = histories.entries(decisionId);
        ReportingAccessRules.readDecisionHistory(currentActor.get(), entries.isEmpty() ? null : entries.get(0).kommune(), decisionId);
        return entries;
    }
}
