package de.sozialraum.planning.sozialraum.web;

import java.time.LocalDate;
import java.util.UUID;

import de.sozialraum.planning.sozialraum.api.Handlungsfeld;
import de.sozialraum.planning.sozialraum.api.RegisterSozialraumCommand;
import de.sozialraum.planning.sozialraum.api.SetGoalCommand;
import de.sozialraum.planning.sozialraum.api.SozialraumKind;
import de.sozialraum.platform.actor.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

    /** The Sozialraum belongs to the Kommune of the person registering it (the token's {@code kommune}). */
    record RegisterSozialraumRequest(
            @NotBlank @Size(max = 120) String name,
            @NotNull SozialraumKind kind) {
    }

    record SetGoalRequest(
            @NotBlank @Size(max = 200) String title,
            @NotNull Handlungsfeld handlungsfeld,
            @NotNull @FutureOrPresent LocalDate dueDate) {
    }

    record Created(String id) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created register(@Valid @RequestBody RegisterSozialraumRequest request) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterSozialraumCommand(id, currentActor.get().kommune(), request.name(), request.kind()));
        return new Created(id);
    }

    @PostMapping("/{sozialraumId}/goals")
    @ResponseStatus(HttpStatus.CREATED)
    Created setGoal(@PathVariable String sozialraumId, @Valid @RequestBody SetGoalRequest request) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new SetGoalCommand(sozialraumId, id, request.title(), request.handlungsfeld(), request.dueDate()));
        return new Created(id);
    }
}
