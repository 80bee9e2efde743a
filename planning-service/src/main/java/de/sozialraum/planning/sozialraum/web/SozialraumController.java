package de.sozialraum.planning.sozialraum.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.sozialraum.planning.sozialraum.api.Boundary;
import de.sozialraum.planning.sozialraum.api.ChangeSozialraumBoundaryCommand;
import de.sozialraum.planning.sozialraum.api.CloseGoalCommand;
import de.sozialraum.planning.sozialraum.api.GoalOutcome;
import de.sozialraum.planning.sozialraum.api.GoalPlan;
import de.sozialraum.planning.sozialraum.api.GoalTarget;
import de.sozialraum.planning.sozialraum.api.Handlungsfeld;
import de.sozialraum.planning.sozialraum.api.Leitziel;
import de.sozialraum.planning.sozialraum.api.NewSozialraum;
import de.sozialraum.planning.sozialraum.api.RegisterSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.RenameSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.RetireSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.ReviseGoalCommand;
import de.sozialraum.planning.sozialraum.api.SetGoalCommand;
import de.sozialraum.planning.sozialraum.api.SozialraumKind;
import de.sozialraum.planning.sozialraum.api.TargetGroup;
import de.sozialraum.platform.actor.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sozialraeume")
class SozialraumController {

    private final CommandGateway commands;
    private final CurrentActor currentActor;

    SozialraumController(CommandGateway commands, CurrentActor currentActor) {
        this.commands = commands;
        this.currentActor = currentActor;
    }

    /**
     * The Sozialraum belongs to the Kommune of the person registering it (the token's {@code kommune}).
     * {@code parentId}, {@code population} and {@code boundary} are optional.
     */
    record RegisterSozialraumRequest(
            @NotBlank @Size(max = 120) String name,
            @NotNull SozialraumKind kind,
            @Size(max = 64) String parentId,
            @PositiveOrZero Integer population,
            @Valid Geometry boundary) {

        /** The Sozialraum as a merge's successor. */
        NewSozialraum sozialraum() {
            return new NewSozialraum(name, kind, parentId, population, boundary == null ? null : boundary.toBoundary());
        }
    }

    /** A GeoJSON geometry: {@code Polygon} or {@code MultiPolygon} with longitude/latitude positions (WGS 84). */
    record Geometry(@NotBlank String type, @NotNull List<Object> coordinates) {

        Boundary toBoundary() {
            return Boundary.of(type, coordinates);
        }
    }

    record RenameRequest(@NotBlank @Size(max = 120) String name) {
    }

    record ChangeBoundaryRequest(@NotNull @Valid Geometry boundary, @NotBlank @Size(max = 2000) String reason) {
    }

    record RetireRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** What a goal says; the same for setting and revising it. */
    record GoalRequest(
            @NotBlank @Size(max = 200) String title,
            @NotNull Handlungsfeld handlungsfeld,
            @NotNull Leitziel leitziel,
            @Size(max = 10) Set<@NotNull TargetGroup> targetGroups,
            @NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") String leadDepartment,
            @NotNull @FutureOrPresent LocalDate dueDate,
            @Valid TargetRequest target) {

        GoalPlan plan() {
            return new GoalPlan(title, handlungsfeld, leitziel, targetGroups, leadDepartment, dueDate,
                    target == null ? null : target.target());
        }
    }

    /** What a measured goal is measured by; the target must improve on the baseline in the indicator's direction. */
    record TargetRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") String indicator,
            @NotNull @Digits(integer = 12, fraction = 6) BigDecimal baseline,
            @Pattern(regexp = "\\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?") String baselinePeriod,
            @NotNull @Digits(integer = 12, fraction = 6) BigDecimal targetValue) {

        GoalTarget target() {
            return new GoalTarget(indicator, baseline, baselinePeriod, targetValue);
        }
    }

    record ReviseGoalRequest(@NotNull @Valid GoalRequest goal, @NotBlank @Size(max = 2000) String reason) {
    }

    record CloseGoalRequest(@Size(max = 2000) String note) {
    }

    record AbandonGoalRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record Created(String id) {
    }

    record Changed(String id) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created register(@Valid @RequestBody RegisterSozialraumRequest request) {
        String id = UUID.randomUUID().toString();
        Boundary boundary = request.boundary() == null ? null : request.boundary().toBoundary();
        commands.sendAndWait(new RegisterSozialraumCommand(id, currentActor.get().kommune(), request.name(), request.kind(),
                request.parentId(), request.population(), boundary));
        return new Created(id);
    }

    @PostMapping("/{sozialraumId}/rename")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Changed rename(@PathVariable String sozialraumId, @Valid @RequestBody RenameRequest request) {
        commands.sendAndWait(new RenameSozialraumCommand(sozialraumId, request.name()));
        return new Changed(sozialraumId);
    }

    @PostMapping("/{sozialraumId}/boundary")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Changed changeBoundary(@PathVariable String sozialraumId, @Valid @RequestBody ChangeBoundaryRequest request) {
        commands.sendAndWait(new ChangeSozialraumBoundaryCommand(sozialraumId, request.boundary().toBoundary(), request.reason()));
        return new Changed(sozialraumId);
    }

    /** Retiring keeps the Sozialraum and its history readable; it takes no further changes or goals. */
    @PostMapping("/{sozialraumId}/retire")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Changed retire(@PathVariable String sozialraumId, @Valid @RequestBody RetireRequest request) {
        commands.sendAndWait(new RetireSozialraumCommand(sozialraumId, request.reason()));
        return new Changed(sozialraumId);
    }

    @PostMapping("/{sozialraumId}/goals")
    @ResponseStatus(HttpStatus.CREATED)
    Created setGoal(@PathVariable String sozialraumId, @Valid @RequestBody GoalRequest request) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new SetGoalCommand(sozialraumId, id, request.plan()));
        return new Created(id);
    }

    /** Replaces what the goal says, with a reason; the earlier version stays on the timeline. */
    @PostMapping("/{sozialraumId}/goals/{goalId}/revise")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Changed reviseGoal(@PathVariable String sozialraumId, @PathVariable String goalId,
                       @Valid @RequestBody ReviseGoalRequest request) {
        commands.sendAndWait(new ReviseGoalCommand(sozialraumId, goalId, request.goal().plan(), request.reason()));
        return new Changed(goalId);
    }

    @PostMapping("/{sozialraumId}/goals/{goalId}/achieve")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Changed achieveGoal(@PathVariable String sozialraumId, @PathVariable String goalId,
                        @Valid @RequestBody(required = false) CloseGoalRequest request) {
        commands.sendAndWait(new CloseGoalCommand(sozialraumId, goalId, GoalOutcome.ACHIEVED, request == null ? null : request.note()));
        return new Changed(goalId);
    }

    @PostMapping("/{sozialraumId}/goals/{goalId}/abandon")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Changed abandonGoal(@PathVariable String sozialraumId, @PathVariable String goalId,
                        @Valid @RequestBody AbandonGoalRequest request) {
        commands.sendAndWait(new CloseGoalCommand(sozialraumId, goalId, GoalOutcome.ABANDONED, request.reason()));
        return new Changed(goalId);
    }
}
