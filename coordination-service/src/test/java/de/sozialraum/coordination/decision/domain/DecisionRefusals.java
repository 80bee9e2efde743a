package de.sozialraum.coordination.decision.domain;

/** Opens the package-private constructor to tests of other packages. */
public final class DecisionRefusals {

    private DecisionRefusals() {
    }

    public static DecisionNotInForceException revoked(String decisionId, String attempted) {
        return new DecisionNotInForceException(decisionId, attempted);
    }
}
