package de.sozialraum.coordination.assignment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.sozialraum.coordination.assignment.api.AcceptAssignmentCommand;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import de.sozialraum.coordination.assignment.api.DeclineAssignmentCommand;
import de.sozialraum.coordination.assignment.api.IssueAssignmentCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
@RequestMapping("/api/assignments")
class AssignmentController {

    private final CommandGateway commands;

    AssignmentController(CommandGateway commands) {
        this.commands = commands;
    }

    record IssueAssignmentRequest(
            @NotBlank String sozialraumId,
            @NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") String department,
            @NotBlank @Size(max = 200) String title,
            @NotNull @FutureOrPresent LocalDate dueDate,
            @Size(max = 50) List<@NotBlank String> goalIds) {
    }

    record DeclineAssignmentRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record Created(String id) {
    }

    record Transitioned(String id, AssignmentStatus status) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created issue(@Valid @RequestBody IssueAssignmentRequest request) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new IssueAssignmentCommand(id, request.sozialraumId(), request.department(),
                request.title(), request.dueDate(), request.goalIds()));
        return new Created(id);
    }

    @PostMapping("/{assignmentId}/accept")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Transitioned accept(@PathVariable String assignmentId) {
        commands.sendAndWait(new AcceptAssignmentCommand(assignmentId));
        return new Transitioned(assignmentId, AssignmentStatus.ACCEPTED);
    }

    @PostMapping("/{assignmentId}/decline")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Transitioned decline(@PathVariable String assignmentId, @Valid @RequestBody DeclineAssignmentRequest request) {
        commands.sendAndWait(new DeclineAssignmentCommand(assignmentId, request.reason()));
        return new Transitioned(assignmentId, AssignmentStatus.DECLINED);
    }
}
