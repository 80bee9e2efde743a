package de.sozialraum.platform.consumption;

/** A record on the event topic that is not a usable CloudEvent; retrying cannot help. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
