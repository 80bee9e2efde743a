package de.sozialraum.coordination.assignment.domain;

import java.util.Map;

import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import de.sozialraum.platform.problem.ConflictException;

/** An assignment cannot make the requested step from the state it is in. */
public class IllegalTransitionException extends ConflictException {

    private final AssignmentStatus currentStatus;
    private final String attempted;

    IllegalTransitionException(String assignmentId, AssignmentStatus currentStatus, String attempted) {
        super("assignment-" + attempted + "-refused",
                "Assignment " + assignmentId + " is " + currentStatus + ": " + attempted + " is not possible",
                assignmentId, currentStatus);
        this.currentStatus = currentStatus;
        this.attempted = attempted;
    }

    public AssignmentStatus currentStatus() {
        return currentStatus;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("currentStatus", currentStatus.name(), "attempted", attempted);
    }
}
