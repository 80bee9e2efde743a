package de.sozialraum.platform.problem;

/** The caller is known but may not do this (403): wrong role, or not the responsible department. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String code, String message, Object... arguments) {
        super(ProblemKind.FORBIDDEN, code, message, arguments);
    }
}
