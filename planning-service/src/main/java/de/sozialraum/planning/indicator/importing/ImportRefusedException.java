package de.sozialraum.planning.indicator.importing;

import java.util.List;

/** An upload the service does not take: too large (413), or no room in the queue (503). Nothing is kept. */
public class ImportRefusedException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<Object> arguments;

    public ImportRefusedException(int status, String code, Object... arguments) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
