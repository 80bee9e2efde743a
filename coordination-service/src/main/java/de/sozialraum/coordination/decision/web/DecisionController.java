package de.sozialraum.coordination.decision.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import de.sozialraum.coordination.access.CoordinationAccessRules;
import de.sozialraum.coordination.assignment.api.AssignmentPriority;
import de.sozialraum.coordination.decision.api.AmendDecisionCommand;
import de.sozialraum.coordination.decision.api.DecisionBody;
import de.sozialraum.coordination.decision.api.DecisionReference;
import de.sozialraum.coordination.decision.api.DecisionStatus;
import de.sozialraum.coordination.decision.api.Mandate;
import de.sozialraum.coordination.decision.api.MandateIds;
import de.sozialraum.coordination.decision.api.RecordDecisionCommand;
import de.sozialraum.coordination.decision.api.ReferenceKind;
import de.sozialraum.coordination.decision.api.RevokeDecisionCommand;
import de.sozialraum.coordination.decision.api.Votes;
import de.sozialraum.coordination.decision.query.DecisionView;
import de.sozialraum.coordination.decision.query.MongoDecisionRegister;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.CurrentActor;
import de.sozialraum.platform.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/decisions")
@Tag(name = "Beschlüsse", description = "Beschlüsse der Gremien einer Kommune, ihre Fassungen und die Aufträge, die sie erteilen. "
        + "Jede Änderung ist ein Ereignis auf der Zeitleiste des Sozialraums des Beschlusses, ohne Sozialraum auf der der Kommune.")
class DecisionController {

    static final int MAX_LIMIT = 200;

    private final CommandGateway commands;
    private final MongoDecisionRegister register;
    private final CurrentActor currentActor;

    DecisionController(CommandGateway commands, MongoDecisionRegister register, CurrentActor currentActor) {
        this.commands = commands;
        this.register = register;
        this.currentActor = currentActor;
    }

    record VotesRequest(@NotNull @PositiveOrZero Integer yes, @NotNull @PositiveOrZero Integer no,
                        @NotNull @PositiveOrZero Integer abstentions) {

        Votes votes() {
            return new Votes(yes, no, abstentions);
        }
    }

    /** A goal, assignment, measurement or participation contribution; {@code sozialraumId} where it applies. */
    record ReferenceRequest(@NotNull ReferenceKind kind, @NotBlank @Size(max = 100) String id, @Size(max = 64) String sozialraumId) {

        DecisionReference reference() {
            return new DecisionReference(kind, id, sozialraumId);
        }
    }

    /** A task for a department; {@code sozialraumId} defaults to the decision's (required if it has none). */
    record MandateRequest(@NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") String department, @NotBlank @Size(max = 200) String title,
                          @Size(max = 5000) String description, @NotNull @FutureOrPresent LocalDate dueDate,
                          AssignmentPriority priority, @Size(max = 64) String sozialraumId) {

        Mandate mandate() {
            return new Mandate(department, title, description, dueDate, priority, sozialraumId);
        }
    }

    record RecordDecisionRequest(
            @NotNull DecisionBody body,
            @Size(max = 200) String bodyName,
            @NotNull @PastOrPresent LocalDate decidedOn,
            @NotBlank @Size(max = 500) String subject,
            @NotBlank @Size(max = 20000) String rationale,
            @Valid VotesRequest votes,
            @Size(max = 64) String sozialraumId,
            @Size(max = 100) List<@Valid @NotNull ReferenceRequest> references,
            @Size(max = 20) List<@Valid @NotNull MandateRequest> mandates) {
    }

    /** The fields to change (absent ones stay) and the reason; {@code references}, if given, replaces them all. */
    record AmendDecisionRequest(
            @PastOrPresent LocalDate decidedOn,
            @Size(min = 1, max = 500) String subject,
            @Size(min = 1, max = 20000) String rationale,
            @Valid VotesRequest votes,
            @Size(max = 100) List<@Valid @NotNull ReferenceRequest> references,
            @NotBlank @Size(max = 2000) String reason) {
    }

    record RevokeRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** The decision's id and, in the order of its mandates, the ids of the assignments they become. */
    record Created(String id, List<String> mandateAssignmentIds) {
    }

    record Amended(String id, int version) {
    }

    record Revoked(String id, DecisionStatus status) {
    }

    /** @param next the following page; absent on the last one */
    record Decisions(List<DecisionView> decisions, int from, int limit, long total, String next) {
    }

    @Operation(summary = "Beschluss erfassen, mit seinen Aufträgen an Fachbereiche (Stabsstelle)",
            description = "Die Aufträge (mandates) erteilt das System gleich danach im Namen der Kommune; ihr Verlauf und das Ergebnis "
                    + "der Umsetzung stehen im Beschlussregister.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created record(@Valid @RequestBody RecordDecisionRequest request) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordDecisionCommand(id, request.body(), request.bodyName(), request.decidedOn(), request.subject(),
                request.rationale(), request.votes() == null ? null : request.votes().votes(), request.sozialraumId(),
                request.references() == null ? List.of() : request.references().stream().map(ReferenceRequest::reference).toList(),
                request.mandates() == null ? List.of() : request.mandates().stream().map(MandateRequest::mandate).toList()));
        int mandates = request.mandates() == null ? 0 : request.mandates().size();
        return new Created(id, IntStream.range(0, mandates).mapToObj(index -> MandateIds.of(id, index)).toList());
    }

    @Operation(summary = "Beschluss ändern: neue Fassung mit Begründung (Stabsstelle)",
            description = "Die früheren Fassungen bleiben lesbar. Ein aufgehobener Beschluss kann nicht geändert werden (409).")
    @PostMapping("/{decisionId}/amend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Amended amend(@PathVariable String decisionId, @Valid @RequestBody AmendDecisionRequest request) {
        int version = commands.sendAndWait(new AmendDecisionCommand(decisionId, request.decidedOn(), request.subject(),
                request.rationale(), request.votes() == null ? null : request.votes().votes(),
                request.references() == null ? null : request.references().stream().map(ReferenceRequest::reference).toList(),
                request.reason()));
        return new Amended(decisionId, version);
    }

    @Operation(summary = "Beschluss aufheben, mit Begründung (Stabsstelle)",
            description = "Die noch offenen Aufträge des Beschlusses werden mit dem Beschluss als Grund zurückgezogen.")
    @PostMapping("/{decisionId}/revoke")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Revoked revoke(@PathVariable String decisionId, @Valid @RequestBody RevokeRequest request) {
        commands.sendAndWait(new RevokeDecisionCommand(decisionId, request.reason()));
        return new Revoked(decisionId, DecisionStatus.REVOKED);
    }

    @Operation(summary = "Beschlussregister der eigenen Kommune, neueste Beschlüsse zuerst (Stabsstelle, Fachbereichsleitungen, Prüfung)")
    @GetMapping
    Decisions list(@Parameter(description = "nur Beschlüsse dieses Sozialraums") @RequestParam(required = false) @Size(max = 64) String sozialraumId,
                   @Parameter(description = "nur Beschlüsse dieses Gremiums") @RequestParam(required = false) DecisionBody body,
                   @Parameter(description = "IN_FORCE oder REVOKED") @RequestParam(required = false) DecisionStatus status,
                   @RequestParam(defaultValue = "0") @Min(0) int from,
                   @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_LIMIT) int limit) {
        Actor actor = currentActor.get();
        CoordinationAccessRules.readDecisions(actor);
        List<DecisionView> page = register.page(actor.kommune(), sozialraumId, body, status, from, limit).stream()
                .map(DecisionView::summary).toList();
        long total = register.count(actor.kommune(), sozialraumId, body, status);
        String next = from + page.size() < total ? next(sozialraumId, body, status, from + page.size(), limit) : null;
        return new Decisions(page, from, limit, total, next);
    }

    @Operation(summary = "Ein Beschluss mit allen Fassungen (wer, wann, warum), seinen Aufträgen und dem Stand ihrer Umsetzung")
    @GetMapping("/{decisionId}")
    DecisionView one(@PathVariable String decisionId) {
        Actor actor = currentActor.get();
        DecisionView decision = register.find(decisionId)
                .orElseThrow(() -> new NotFoundException("not-found", "No decision " + decisionId, decisionId));
        CoordinationAccessRules.readDecision(actor, decision.kommuneKey(), decisionId);
        return decision;
    }

    /** The link to the following page, with the same filters, encoded (a Sozialraum id is free text here). */
    private static String next(String sozialraumId, DecisionBody body, DecisionStatus status, int from, int limit) {
        return UriComponentsBuilder.fromPath("/api/decisions")
                .queryParamIfPresent("sozialraumId", Optional.ofNullable(sozialraumId))
                .queryParamIfPresent("body", Optional.ofNullable(body))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParam("from", from)
                .queryParam("limit", limit)
                .encode()
                .toUriString();
    }
}
