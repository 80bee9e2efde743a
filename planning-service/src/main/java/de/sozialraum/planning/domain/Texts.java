package de.sozialraum.planning.domain;

import de.sozialraum.platform.problem.RuleViolationException;

/**
 * Free texts as planning's aggregates take them: trimmed; required ones refused when blank (the web layer
 * validates too, but commands also come from elsewhere).
 */
public final class Texts {

    private Texts() {
    }

    /** A text that must be there: {@code 422 text-missing} otherwise. */
    public static String required(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("text-missing", "A required text is missing");
        }
        return text.strip();
    }

    /** Why something is done: {@code 422 reason-missing} without one. */
    public static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason-missing", "A reason is required");
        }
        return reason.strip();
    }

    /** A text that may be left out: {@code null} when blank. */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
