package de.sozialraum.coordination.decision.api;

/** The vote count of a decision: yes, no, abstentions (checked to be non-negative by the aggregate). */
public record Votes(int yes, int no, int abstentions) {

    public boolean nonNegative() {
        return yes >= 0 && no >= 0 && abstentions >= 0;
    }
}
