package de.sozialraum.platform.problem;

/** What kind of refusal a {@link DomainException} is; the web layer maps it to an HTTP status. */
public enum ProblemKind {
    /** The thing asked for does not exist (404). */
    NOT_FOUND,
    /** The caller may not do this, e.g. wrong role or another department (403). */
    FORBIDDEN,
    /** The request contradicts the current state, e.g. an illegal state transition (409). */
    CONFLICT,
    /** The request is well-formed but breaks a business rule, e.g. an unknown reference (422). */
    UNPROCESSABLE
}
