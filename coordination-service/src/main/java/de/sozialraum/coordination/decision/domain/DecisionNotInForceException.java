package de.sozialraum.coordination.decision.domain;

import java.util.Map;

import de.sozialraum.coordination.decision.api.DecisionStatus;
import de.sozialraum.platform.problem.ConflictException;

/** A revoked decision can be neither amended nor revoked again: 409 naming its current state. */
public class DecisionNotInForceException extends ConflictException {

    private final String attempted;

    DecisionNotInForceException(String decisionId, String attempted) {
        super("decision-" + attempted + "-refused", "Decision " + decisionId + " is revoked: " + attempted + " is not possible", decisionId);
        this.attempted = attempted;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("currentStatus", DecisionStatus.REVOKED.name(), "attempted", attempted);
    }
}
