package de.sozialraum.coordination.decision.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of the assignment a mandate becomes: derived from the decision's id and the mandate's position,
 * so that it is fixed once the decision is recorded and the same however often anything is redelivered —
 * and known to whoever records the decision.
 */
public final class MandateIds {

    private MandateIds() {
    }

    public static String of(String decisionId, int index) {
        return UUID.nameUUIDFromBytes(("decision/" + decisionId + "/mandate/" + index).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
