package de.sozialraum.coordination.decision.saga;

/** Where one mandate stands for the saga: open until completed, cancelled, declined (reopened by a reassignment) or never issued. */
public enum MandateOutcome {
    OPEN,
    DECLINED,
    COMPLETED,
    CANCELLED,
    NOT_ISSUED
}
