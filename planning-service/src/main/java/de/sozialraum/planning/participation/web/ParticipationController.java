package de.sozialraum.planning.participation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.planning.participation.api.AnswerContributionCommand;
import de.sozialraum.planning.participation.api.ParticipationKind;
import de.sozialraum.planning.participation.api.ReceiveContributionCommand;
import de.sozialraum.planning.participation.api.RecordParticipationCommand;
import de.sozialraum.planning.participation.query.ContributionView;
import de.sozialraum.planning.participation.query.MongoParticipationViews;
import de.sozialraum.planning.participation.query.ParticipationView;
import de.sozialraum.planning.sozialraum.api.TargetGroup;
import de.sozialraum.planning.sozialraum.query.MongoSozialraumViews;
import de.sozialraum.platform.actor.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
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

/**
 * Participation in a Sozialraum: formats held, their contributions, and what the Kommune did with each
 * ("you said — we did"). Contributions carry a topic and a text; they need no personal data.
 */
@RestController
@RequestMapping("/api/sozialraeume/{sozialraumId}")
class ParticipationController {

    static final int MAX_LIMIT = 500;

    private final CommandGateway commands;
    private final MongoParticipationViews participation;
    private final MongoSozialraumViews sozialraeume;
    private final CurrentActor currentActor;

    ParticipationController(CommandGateway commands, MongoParticipationViews participation, MongoSozialraumViews sozialraeume,
                            CurrentActor currentActor) {
        this.commands = commands;
        this.participation = participation;
        this.sozialraeume = sozialraeume;
        this.currentActor = currentActor;
    }

    record RecordParticipationRequest(
            @NotNull ParticipationKind kind,
            @NotBlank @Size(max = 200) String title,
            @NotNull @PastOrPresent LocalDate heldOn,
            @NotNull @PositiveOrZero Integer participants,
            @Size(max = 10) Set<@NotNull TargetGroup> groupsReached) {
    }

    record ContributionRequest(@NotBlank @Size(max = 200) String topic, @NotBlank @Size(max = 4000) String text) {
    }

    record AnswerRequest(@Size(max = 64) String goalId, @Size(max = 200) String decisionReference,
                         @NotBlank @Size(max = 4000) String answer) {
    }

    record Created(String id) {
    }

    record Answered(String id) {
    }

    record Formats(String sozialraumId, List<ParticipationView> formats) {
    }

    /** @param next the following page; absent when this one was not full */
    record Contributions(String sozialraumId, List<ContributionView> contributions, String next) {
    }

    @PostMapping("/participation")
    @ResponseStatus(HttpStatus.CREATED)
    Created record(@PathVariable String sozialraumId, @Valid @RequestBody RecordParticipationRequest request) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordParticipationCommand(id, sozialraumId, request.kind(), request.title(), request.heldOn(),
                request.participants(), request.groupsReached() == null ? Set.of() : request.groupsReached()));
        return new Created(id);
    }

    @PostMapping("/participation/{participationId}/contributions")
    @ResponseStatus(HttpStatus.CREATED)
    Created contribute(@PathVariable String sozialraumId, @PathVariable String participationId,
                       @Valid @RequestBody ContributionRequest request) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new ReceiveContributionCommand(participationId, sozialraumId, id, request.topic(), request.text()));
        return new Created(id);
    }

    @PostMapping("/participation/{participationId}/contributions/{contributionId}/answer")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Answered answer(@PathVariable String sozialraumId, @PathVariable String participationId, @PathVariable String contributionId,
                    @Valid @RequestBody AnswerRequest request) {
        commands.sendAndWait(new AnswerContributionCommand(participationId, sozialraumId, contributionId, request.goalId(),
                request.decisionReference(), request.answer()));
        return new Answered(contributionId);
    }

    /** The formats held in the Sozialraum, the latest first, each with answered and unanswered counts. */
    @GetMapping("/participation")
    Formats formats(@PathVariable String sozialraumId) {
        PlanningAccessRules.readSozialraum(currentActor.get(), sozialraeume, sozialraumId);
        return new Formats(sozialraumId, participation.formatsOf(sozialraumId));
    }

    /**
     * A page of the Sozialraum's contributions; {@code ?answered=false} lists those still waiting for an
     * answer. {@code next} links the following page (those after the last one of this page) while this one
     * was full.
     */
    @GetMapping("/contributions")
    Contributions contributions(@PathVariable String sozialraumId, @RequestParam(required = false) Boolean answered,
                                @RequestParam(required = false) @Size(max = 64) String after,
                                @RequestParam(defaultValue = "100") @Min(1) @Max(MAX_LIMIT) int limit) {
        PlanningAccessRules.readSozialraum(currentActor.get(), sozialraeume, sozialraumId);
        List<ContributionView> page = participation.contributionsOf(sozialraumId, answered, after, limit);
        String next = page.size() < limit ? null : "/api/sozialraeume/%s/contributions?%safter=%s&limit=%d"
                .formatted(sozialraumId, answered == null ? "" : "answered=" + answered + "&", page.get(page.size() - 1).id(), limit);
        return new Contributions(sozialraumId, page, next);
    }
}
