package de.sozialraum.coordination.assignment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.sozialraum.coordination.assignment.api.AcceptAssignmentCommand;
import de.sozialraum.coordination.assignment.api.AcceptProposalCommand;
import de.sozialraum.coordination.assignment.api.AssignmentPriority;
import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import de.sozialraum.coordination.assignment.api.BlockAssignmentCommand;
import de.sozialraum.coordination.assignment.api.CancelAssignmentCommand;
import de.sozialraum.coordination.assignment.api.CompleteAssignmentCommand;
import de.sozialraum.coordination.assignment.api.CounterProposeAssignmentCommand;
import de.sozialraum.coordination.assignment.api.DeclineAssignmentCommand;
import de.sozialraum.coordination.assignment.api.IssueAssignmentCommand;
import de.sozialraum.coordination.assignment.api.ReassignAssignmentCommand;
import de.sozialraum.coordination.assignment.api.RejectProposalCommand;
import de.sozialraum.coordination.assignment.api.ReportAssignmentProgressCommand;
import de.sozialraum.coordination.assignment.api.UnblockAssignmentCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
            @Size(max = 5000) String description,
            @NotNull @FutureOrPresent LocalDate dueDate,
            AssignmentPriority priority,
            @Size(max = 50) List<@NotBlank String> goalIds) {
    }

    record DeclineAssignmentRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** How far the work has come, in percent, with an optional note. */
    record ProgressRequest(@NotNull @Min(0) @Max(100) Integer percent, @Size(max = 2000) String note) {
    }

    /** Why the work stops (block), or goes on again (unblock), or why the assignment is withdrawn (cancel). */
    record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** Another due date and/or another department (a key of the Kommune's catalogue), with the reason. */
    record CounterProposalRequest(@FutureOrPresent LocalDate dueDate, @Pattern(regexp = "[a-z0-9-]{2,40}") String department,
                                  @NotBlank @Size(max = 2000) String reason) {
    }

    /** The Stabsstelle's optional word on the proposal it accepts. */
    record ProposalAcceptance(@Size(max = 2000) String note) {
    }

    record ReassignRequest(@NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") String department, @NotBlank @Size(max = 2000) String reason) {
    }

    /** What came out of the work and, optionally, where it shows (a measurement, a document reference). */
    record CompleteRequest(@NotBlank @Size(max = 2000) String outcome, @Size(max = 500) String evidence) {
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
                request.title(), request.dueDate(), request.goalIds(), request.description(), request.priority(), null));
        return new Created(id);
    }

    /** When the department expects to be done; optional, not in the past. */
    record AcceptRequest(@FutureOrPresent LocalDate plannedCompletion) {
    }

    /** The body is optional: {@code {"plannedCompletion": "2027-05-31"}}. */
    @PostMapping("/{assignmentId}/accept")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Transitioned accept(@PathVariable String assignmentId, @Valid @RequestBody(required = false) AcceptRequest request) {
        commands.sendAndWait(new AcceptAssignmentCommand(assignmentId, request == null ? null : request.plannedCompletion()));
        return new Transitioned(assignmentId, AssignmentStatus.ACCEPTED);
    }

    @PostMapping("/{assignmentId}/decline")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Transitioned decline(@PathVariable String assignmentId, @Valid @RequestBody DeclineAssignmentRequest request) {
        commands.sendAndWait(new DeclineAssignmentCommand(assignmentId, request.reason()));
        return new Transitioned(assignmentId, AssignmentStatus.DECLINED);
    }

    @PostMapping("/{assignmentId}/progress")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Transitioned reportProgress(@PathVariable String assignmentId, @Valid @RequestBody ProgressRequest request) {
        commands.sendAndWait(new ReportAssignmentProgressCommand(assignmentId, request.percent(), request.note()));
        return new Transitioned(assignmentId, AssignmentStatus.IN_PROGRESS);
    }

    @PostMapping("/{assignmentId}/block")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Transitioned block(@PathVariable String assignmentId, @Valid @RequestBody ReasonRequest request) {
        commands.sendAndWait(new BlockAssignmentCommand(assignmentId, request.reason()));
        return new Transitioned(assignmentId, AssignmentStatus.BLOCKED);
    }

    @PostMapping("/{assignmentId}/unblock")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Transitioned unblock(@PathVariable String assignmentId, @Valid @RequestBody ReasonRequest request) {
        commands.sendAndWait(new UnblockAssignmentCommand(assignmentId, request.reason()));
        return new Transitioned(assignmentId, AssignmentStatus.IN_PROGRESS);
    }

    @PostMapping("/{assignmentId}/complete")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Transitioned complete(@PathVariable String assignmentId, @Valid @RequestBody CompleteRequest request) {
        commands.sendAndWait(new CompleteAssignmentCommand(assignmentId, request.outcome(), request.evidence()));
        return new Transitioned(assignmentId, AssignmentStatus.COMPLETED);
    }

    /** The Stabsstelle withdraws an assignment that is not finished. */
    @PostMapping("/{assignmentId}/cancel")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Transitioned cancel(@PathVariable String assignmentId, @Valid @RequestBody ReasonRequest request) {
        commands.sendAndWait(new CancelAssignmentCommand(assignmentId, request.reason()));
        return new Transitioned(assignmentId, AssignmentStatus.CANCELLED);
    }

    /** The department answers with other terms; the Stabsstelle accepts or rejects them. */
    @PostMapping("/{assignmentId}/counter-propose")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Transitioned counterPropose(@PathVariable String assignmentId, @Valid @RequestBody CounterProposalRequest request) {
        commands.sendAndWait(new CounterProposeAssignmentCommand(assignmentId, request.dueDate(), request.department(), request.reason()));
        return new Transitioned(assignmentId, AssignmentStatus.COUNTER_PROPOSED);
    }

    /** ISSUED (for the proposed department) or ACCEPTED (on the proposed due date); the answer says which. */
    @PostMapping("/{assignmentId}/proposal/accept")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Transitioned acceptProposal(@PathVariable String assignmentId, @Valid @RequestBody(required = false) ProposalAcceptance request) {
        AssignmentStatus now = commands.sendAndWait(new AcceptProposalCommand(assignmentId, request == null ? null : request.note()));
        return new Transitioned(assignmentId, now);
    }

    @PostMapping("/{assignmentId}/proposal/reject")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Transitioned rejectProposal(@PathVariable String assignmentId, @Valid @RequestBody ReasonRequest request) {
        commands.sendAndWait(new RejectProposalCommand(assignmentId, request.reason()));
        return new Transitioned(assignmentId, AssignmentStatus.ISSUED);
    }

    @PostMapping("/{assignmentId}/reassign")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Transitioned reassign(@PathVariable String assignmentId, @Valid @RequestBody ReassignRequest request) {
        commands.sendAndWait(new ReassignAssignmentCommand(assignmentId, request.department(), request.reason()));
        return new Transitioned(assignmentId, AssignmentStatus.ISSUED);
    }
}
