package de.sozialraum.platform.problem;

/** A referenced thing does not exist, or is not visible to the caller. */
public class NotFoundException extends DomainException {

    public NotFoundException(String code, String message, Object... arguments) {
        super(ProblemKind.NOT_FOUND, code, message, arguments);
    }
}
