package de.sozialraum.coordination.assignment.domain;

import de.sozialraum.coordination.assignment.api.AssignmentStatus;

/** Opens the package-private constructor to tests of other packages. */
public final class IllegalTransitionExceptions {

    private IllegalTransitionExceptions() {
    }

    public static IllegalTransitionException of(String assignmentId, AssignmentStatus status, String attempted) {
        return new IllegalTransitionException(assignmentId, status, attempted);
    }
}
