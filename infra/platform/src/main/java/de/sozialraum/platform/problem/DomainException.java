package de.sozialraum.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * A refusal by the domain, to be shown to the user. The {@code code} names the problem: the API
 * answers with problem type {@code urn:sozialraum-koordination:problem:<code>} and with the texts
 * {@code problem.<code>.title} and {@code problem.<code>.detail} from the service's messages, in German
 * or English; {@code arguments} fill the detail's placeholders. Plain Java, so aggregates may throw it.
 */
public abstract class DomainException extends RuntimeException {

    private final ProblemKind kind;
    private final String code;
    private final List<Object> arguments;

    protected DomainException(ProblemKind kind, String code, String message, Object... arguments) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public ProblemKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** Facts a client can act on, added to the problem document, e.g. the current state. */
    public Map<String, Object> details() {
        return Map.of();
    }
}
