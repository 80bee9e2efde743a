package de.sozialraum.coordination.assignment.domain;

import de.sozialraum.coordination.assignment.api.AssignmentStatus;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;

/** Opens the package-private constructor to tests of other packages, and matches refusals in fixture tests. */
public final class IllegalTransitionExceptions {

    private IllegalTransitionExceptions() {
    }

    /** Matches the refusal of a step from {@code status}. */
    public static Matcher<Object> refusedIn(AssignmentStatus status) {
        return Matchers.<Object>predicate(e -> e instanceof IllegalTransitionException refused && refused.currentStatus() == status);
    }

    public static IllegalTransitionException of(String assignmentId, AssignmentStatus status, String attempted) {
        return new IllegalTransitionException(assignmentId, status, attempted);
    }
}
