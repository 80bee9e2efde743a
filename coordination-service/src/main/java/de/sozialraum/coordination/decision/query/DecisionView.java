package de.sozialraum.coordination.decision.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.sozialraum.coordination.decision.api.DecisionBody;
import de.sozialraum.coordination.decision.api.DecisionReference;
import de.sozialraum.coordination.decision.api.DecisionStatus;
import de.sozialraum.coordination.decision.api.ImplementationState;
import de.sozialraum.coordination.decision.api.Votes;

/**
 * A decision in the register: its current content (the latest version), every version with who amended it
 * when and why, its mandates with their assignments' current state, and the outcome of its implementation
 * ({@code conclusive}: for {@code PARTIALLY_IMPLEMENTED}, whether it is final — false while a declined mandate
 * may still be reassigned; absent otherwise).
 */
public record DecisionView(
        String id,
        String kommuneKey,
        String sozialraumId,
        DecisionBody body,
        String bodyName,
        LocalDate decidedOn,
        String subject,
        DecisionStatus status,
        int version,
        ImplementationState implementation,
        Boolean conclusive,
        Instant recordedAt,
        Revocation revocation,
        List<Version> versions,
        List<MandateView> mandates) {

    /** Who, when and why a decision was revoked. */
    public record Revocation(String reason, Instant at, ActorView by) {
    }

    /** One version: 1 as recorded, each later one an amendment with the fields it changed and the reason. */
    public record Version(int version, LocalDate decidedOn, String subject, String rationale, Votes votes,
                          List<DecisionReference> references, List<String> changed, String reason, Instant at, ActorView by) {
    }

    /**
     * A mandate and the assignment it became: {@code status} is the assignment's ({@code ISSUED} … {@code COMPLETED},
     * {@code CANCELLED}), {@code PENDING} until it is issued, {@code NOT_ISSUED} (with {@code problemCode}) if it could not be.
     */
    public record MandateView(String assignmentId, String sozialraumId, String department, String title, LocalDate dueDate,
                              String priority, String status, String problemCode) {
    }

    /** The person (or the system) as recorded with the event. */
    public record ActorView(String id, String name, String role) {
    }

    /** Where the audit (reporting) shows this decision's history and what was known when it was recorded (docs/audit.md). */
    @JsonProperty("audit")
    public AuditLinks audit() {
        return new AuditLinks("/api/audit/decisions/" + id, "/api/audit/decisions/" + id + "/known");
    }

    /** @param knownWhenDecided the state of the decision's timeline just before it was recorded; {@code ?version=n} for a version */
    public record AuditLinks(String history, String knownWhenDecided) {
    }

    /** The decision without its versions and mandates, for the register's list. */
    public DecisionView summary() {
        return new DecisionView(id, kommuneKey, sozialraumId, body, bodyName, decidedOn, subject, status, version, implementation, conclusive,
                recordedAt, revocation, null, null);
    }
}
