package de.sozialraum.coordination.decision.api;

/** Whether a decision still holds. */
public enum DecisionStatus {
    /** Recorded (perhaps amended) and not revoked. */
    IN_FORCE,
    /** Revoked (aufgehoben), with a reason. Final: it can be neither amended nor revoked again. */
    REVOKED
}
