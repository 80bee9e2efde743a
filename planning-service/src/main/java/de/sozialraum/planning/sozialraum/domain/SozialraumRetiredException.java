package de.sozialraum.planning.sozialraum.domain;

import java.util.Map;

import de.sozialraum.platform.problem.ConflictException;

/** A retired Sozialraum takes no further changes (409); its history stays readable. */
public class SozialraumRetiredException extends ConflictException {

    public SozialraumRetiredException(String sozialraumId) {
        super("sozialraum-retired", "Sozialraum " + sozialraumId + " is retired", sozialraumId);
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("currentStatus", "RETIRED");
    }
}
