package de.sozialraum.platform.problem;

/** The request is well-formed but breaks a business rule. */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String code, String message, Object... arguments) {
        super(ProblemKind.UNPROCESSABLE, code, message, arguments);
    }
}
