package de.sozialraum.coordination.decision.api;

/** The body (Gremium) that took a decision; {@link #OTHER} is a Kommune's own, named in {@code bodyName}. */
public enum DecisionBody {
    STEUERUNGSGRUPPE,
    JUGENDHILFEAUSSCHUSS,
    SOZIALAUSSCHUSS,
    STADTRAT,
    KREISTAG,
    OTHER
}
