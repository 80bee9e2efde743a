package de.sozialraum.coordination.assignment.api;

/** Where an assignment stands. */
public enum AssignmentStatus {
    /** Issued by the Stabsstelle, waiting for the department's answer. */
    ISSUED,
    /** The department head accepted it. */
    ACCEPTED,
    /** The department head declined it, with a reason. */
    DECLINED
}
