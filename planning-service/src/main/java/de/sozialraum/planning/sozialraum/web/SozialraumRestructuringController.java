package de.sozialraum.planning.sozialraum.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.sozialraum.planning.sozialraum.api.MergeSozialraeumeCommand;
import de.sozialraum.planning.sozialraum.api.NewSozialraum;
import de.sozialraum.planning.sozialraum.api.SozialraumKind;
import de.sozialraum.planning.sozialraum.api.SplitSozialraumCommand;
import de.sozialraum.platform.actor.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

/** Zusammenlegung and Teilung: Sozialräume that end in new ones, with links both ways and their open goals carried over. */
@RestController
@RequestMapping("/api/sozialraeume")
@Tag(name = "Zusammenlegung und Teilung", description = "Sozialräume zusammenlegen oder teilen (nur die Stabsstelle)")
class SozialraumRestructuringController {

    /** At most this many Sozialräume on either side of one merge or split. */
    static final int MAX_SOZIALRAEUME = 20;

    private final CommandGateway commands;
    private final CurrentActor currentActor;

    SozialraumRestructuringController(CommandGateway commands, CurrentActor currentActor) {
        this.commands = commands;
        this.currentActor = currentActor;
    }

    /**
     * @param predecessorIds the active Sozialräume of the caller's Kommune that become one
     * @param successor      the new Sozialraum, with the fields of a registration
     */
    record MergeRequest(
            @NotNull @Size(min = 2, max = MAX_SOZIALRAEUME) List<@NotBlank @Size(max = 64) String> predecessorIds,
            @NotNull @Valid SozialraumController.RegisterSozialraumRequest successor,
            @NotBlank @Size(max = 2000) String reason) {
    }

    /**
     * A new Sozialraum of a split: the fields of a registration, and the open goals of the old one it takes over.
     */
    record SuccessorRequest(
            @NotBlank @Size(max = 120) String name,
            @NotNull SozialraumKind kind,
            @Size(max = 64) String parentId,
            @PositiveOrZero Integer population,
            @Valid SozialraumController.Geometry boundary,
            @Size(max = 200) Set<@NotBlank @Size(max = 64) String> goalIds) {

        NewSozialraum sozialraum() {
            return new NewSozialraum(name, kind, parentId, population, boundary == null ? null : boundary.toBoundary());
        }
    }

    record SplitRequest(
            @NotNull @Size(min = 2, max = MAX_SOZIALRAEUME) List<@NotNull @Valid SuccessorRequest> successors,
            @NotBlank @Size(max = 2000) String reason) {
    }

    record Successors(List<String> successorIds) {
    }

    @PostMapping("/merge")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sozialräume zusammenlegen",
            description = "Mindestens zwei aktive Sozialräume der eigenen Kommune werden ein neuer Sozialraum. Die alten werden "
                    + "aufgelöst und verweisen auf den neuen (successors), der neue auf sie (predecessors); ihre offenen Ziele gehen "
                    + "als neue Ziele auf ihn über (Status TRANSFERRED, carriedOverTo / carriedOverFrom). Alles oder nichts.")
    @ApiResponse(responseCode = "201", description = "zusammengelegt; id ist der neue Sozialraum")
    @ApiResponse(responseCode = "400", description = "ungültige Felder, z. B. weniger als zwei Sozialräume")
    @ApiResponse(responseCode = "403", description = "nicht die Stabsstelle (planning-not-permitted)")
    @ApiResponse(responseCode = "404", description = "ein Sozialraum unbekannt oder einer anderen Kommune (not-found)")
    @ApiResponse(responseCode = "409", description = "ein Sozialraum ist aufgelöst (sozialraum-retired) oder wurde gleichzeitig geändert "
            + "(concurrent-modification)")
    @ApiResponse(responseCode = "422", description = "sozialraum-repeated, merge-too-few, parent-unknown, parent-retiring, "
            + "boundary-invalid, reason-missing")
    SozialraumController.Created merge(@Valid @RequestBody MergeRequest request) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new MergeSozialraeumeCommand(id, currentActor.get().kommune(), request.predecessorIds(),
                request.successor().sozialraum(), request.reason()));
        return new SozialraumController.Created(id);
    }

    @PostMapping("/{sozialraumId}/split")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sozialraum teilen",
            description = "Ein aktiver Sozialraum wird mindestens zwei neue. Jedes offene Ziel muss genau einem neuen Sozialraum "
                    + "zugeordnet werden (goalIds), der es übernimmt. Der alte wird aufgelöst und verweist auf die neuen. "
                    + "Alles oder nichts.")
    @ApiResponse(responseCode = "201", description = "geteilt; successorIds in der Reihenfolge der Anfrage")
    @ApiResponse(responseCode = "400", description = "ungültige Felder, z. B. weniger als zwei neue Sozialräume")
    @ApiResponse(responseCode = "403", description = "nicht die Stabsstelle (planning-not-permitted)")
    @ApiResponse(responseCode = "404", description = "Sozialraum unbekannt oder einer anderen Kommune (not-found)")
    @ApiResponse(responseCode = "409", description = "der Sozialraum ist aufgelöst (sozialraum-retired) oder wurde gleichzeitig geändert")
    @ApiResponse(responseCode = "422", description = "goals-unassigned (unassignedGoals nennt die offenen Ziele ohne Nachfolger), "
            + "goal-unknown, goal-assigned-twice, parent-unknown, parent-retiring, boundary-invalid, reason-missing")
    Successors split(@Parameter(description = "der Sozialraum, der geteilt wird") @PathVariable String sozialraumId,
                @Valid @RequestBody SplitRequest request) {
        List<SplitSozialraumCommand.Successor> successors = request.successors().stream()
                .map(successor -> new SplitSozialraumCommand.Successor(UUID.randomUUID().toString(), successor.sozialraum(),
                        successor.goalIds()))
                .toList();
        commands.sendAndWait(new SplitSozialraumCommand(sozialraumId, successors, request.reason()));
        return new Successors(successors.stream().map(SplitSozialraumCommand.Successor::sozialraumId).toList());
    }
}
