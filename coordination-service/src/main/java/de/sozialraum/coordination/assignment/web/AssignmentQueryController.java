package de.sozialraum.coordination.assignment.web;

import de.sozialraum.coordination.access.CoordinationAccessRules;
import de.sozialraum.coordination.assignment.query.AssignmentInbox;
import de.sozialraum.coordination.assignment.query.AssignmentOverview;
import de.sozialraum.coordination.assignment.query.AssignmentOverviews;
import de.sozialraum.coordination.assignment.query.AssignmentQueryProperties;
import de.sozialraum.coordination.assignment.query.AssignmentView;
import de.sozialraum.coordination.assignment.query.Inbox;
import de.sozialraum.coordination.assignment.query.MongoAssignmentViews;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.CurrentActor;
import de.sozialraum.platform.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the UI reads about assignments: one assignment, a department's inbox, the Stabsstelle's overview.
 * The views follow the commands within moments (a tracking processor); "today" is today in Germany.
 */
@RestController
@Tag(name = "Aufträge: Abfragen")
class AssignmentQueryController {

    private final MongoAssignmentViews views;
    private final AssignmentInbox inbox;
    private final AssignmentOverviews overviews;
    private final AssignmentQueryProperties properties;
    private final CurrentActor currentActor;

    AssignmentQueryController(MongoAssignmentViews views, AssignmentInbox inbox, AssignmentOverviews overviews,
                              AssignmentQueryProperties properties, CurrentActor currentActor) {
        this.views = views;
        this.inbox = inbox;
        this.overviews = overviews;
        this.properties = properties;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/assignments/{assignmentId}")
    @Operation(summary = "Ein Auftrag, wie er jetzt steht (Stabsstelle, Fachbereichsleitungen, Prüfung der Kommune)",
            description = "Status, Fachbereich, Fristen, Fortschritt, offener Gegenvorschlag, letzte Begründung und die Zeitpunkte "
                    + "aus den Ereignissen. 404 not-found für eine unbekannte Id und für Aufträge anderer Kommunen; "
                    + "unmittelbar nach einem Befehl kann die Antwort für einen Moment den vorigen Stand zeigen.")
    AssignmentView one(@PathVariable String assignmentId) {
        AssignmentView assignment = views.one(assignmentId).orElseThrow(() -> notFound(assignmentId));
        CoordinationAccessRules.readAssignment(currentActor.get(), assignment.kommuneKey(), assignmentId);
        return assignment;
    }

    @GetMapping("/api/departments/{department}/inbox")
    @Operation(summary = "Posteingang eines Fachbereichs der eigenen Kommune (seine Leitung, Stabsstelle, Prüfung)",
            description = "Die unerledigten Aufträge des Fachbereichs (erteilt, mit Gegenvorschlag, angenommen, in Arbeit, blockiert), "
                    + "jeder in genau einer Gruppe: overdue (Zieldatum vor heute), dueSoon (fällig bis heute + dueSoonDays), "
                    + "open (später fällig); jede Gruppe nach Zieldatum. daysLeft ist negativ, wenn überfällig.")
    Inbox inbox(@PathVariable @Pattern(regexp = "[a-z0-9-]{2,40}") String department,
                @Parameter(description = "Tage, in denen ein Auftrag als bald fällig gilt; Standard 14 (sozialraum.coordination.queries.due-soon-days)")
                @RequestParam(required = false) @Min(0) @Max(365) Integer dueSoonDays) {
        Actor actor = currentActor.get();
        CoordinationAccessRules.readInbox(actor, department);
        return inbox.of(actor.kommune(), department, dueSoonDays == null ? properties.dueSoonDays() : dueSoonDays);
    }

    @GetMapping("/api/assignments/overview")
    @Operation(summary = "Überblick über die Aufträge der eigenen Kommune (Stabsstelle, Prüfung)",
            description = "Je Fachbereich und je Sozialraum: offen, überfällig, abgelehnt, wartende Gegenvorschläge, erledigt, "
                    + "und der Median der Zeit bis zur Annahme in Stunden (null, solange nichts angenommen wurde).")
    AssignmentOverview overview() {
        Actor actor = currentActor.get();
        CoordinationAccessRules.readOverview(actor);
        return overviews.of(actor.kommune());
    }

    private static NotFoundException notFound(String assignmentId) {
        return new NotFoundException("not-found", "No assignment " + assignmentId, assignmentId);
    }
}
