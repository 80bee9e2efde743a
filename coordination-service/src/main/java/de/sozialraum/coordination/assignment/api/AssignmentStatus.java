package de.sozialraum.coordination.assignment.api;

/** Where an assignment stands (the state machine is in docs/api.md). */
public enum AssignmentStatus {
    /** Issued by the Stabsstelle, waiting for the department's answer. */
    ISSUED,
    /** The department head accepted it. */
    ACCEPTED,
    /** The department head declined it, with a reason. The Stabsstelle may reassign it. */
    DECLINED,
    /** The department proposed another due date or department; the Stabsstelle answers. */
    COUNTER_PROPOSED,
    /** The department reports progress on it. */
    IN_PROGRESS,
    /** The work cannot go on, for a reason the department gave. */
    BLOCKED,
    /** Done, with its outcome. Final. */
    COMPLETED,
    /** Withdrawn by the Stabsstelle, with a reason. Final. */
    CANCELLED
}
