package de.sozialraum.coordination.decision.saga;

/**
 * Whether an assignment with this id has been issued already (its event stream exists). The mandate saga
 * asks before issuing, so that a redelivered decision issues nothing twice.
 */
@FunctionalInterface
public interface AssignmentStreams {

    boolean exists(String assignmentId);
}
