package de.sozialraum.platform.problem;

/** The request is refused because of the current state of what it acts on. */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message, Object... arguments) {
        super(ProblemKind.CONFLICT, code, message, arguments);
    }
}
