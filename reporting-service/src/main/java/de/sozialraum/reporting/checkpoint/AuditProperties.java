package de.sozialraum.reporting.checkpoint;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Signed checkpoints of the timelines (docs/audit.md, docs/operations.md).
 *
 * @param signingKey         the Ed25519 private key, Base64 PKCS #8 (DER) — never logged or shown; without it no
 *                           checkpoints are made (a WARN at start-up) and verification reports every timeline unsigned
 * @param keyId              the name of that key, written into every checkpoint; required with a signing key
 * @param previousPublicKeys key id → Base64 X.509 public key of keys used before a rotation, so that their
 *                           checkpoints still verify
 * @param checkpoint         when checkpoints are made
 */
@Validated
@ConfigurationProperties("sozialraum.audit")
public record AuditProperties(
        String signingKey,
        String keyId,
        Map<String, String> previousPublicKeys,
        @Valid @NotNull @DefaultValue Checkpoint checkpoint) {

    public AuditProperties {
        previousPublicKeys = previousPublicKeys == null ? Map.of() : Map.copyOf(previousPublicKeys);
        if (signingKey != null && signingKey.isBlank()) {
            signingKey = null;
        }
        if (signingKey != null && (keyId == null || keyId.isBlank())) {
            throw new IllegalArgumentException("sozialraum.audit.key-id is required with sozialraum.audit.signing-key");
        }
        if (keyId != null && previousPublicKeys.containsKey(keyId)) {
            throw new IllegalArgumentException("sozialraum.audit.key-id " + keyId + " is also among the previous public keys");
        }
    }

    /**
     * @param everyEntries a checkpoint once an append leaves at least this many entries after a timeline's last checkpoint
     * @param every        how often all timelines with entries after their last checkpoint get one
     */
    public record Checkpoint(
            @DefaultValue("100") @Min(1) int everyEntries,
            @DefaultValue("1h") @NotNull Duration every) {

        public Checkpoint {
            if (every != null && (every.isNegative() || every.isZero())) {
                throw new IllegalArgumentException("sozialraum.audit.checkpoint.every must be positive, not " + every);
            }
        }
    }

    /** Not the key: the record's generated toString would show it. */
    @Override
    public String toString() {
        return "AuditProperties[signingKey=" + (signingKey == null ? "none" : "(set)") + ", keyId=" + keyId
                + ", previousPublicKeys=" + previousPublicKeys.keySet() + ", checkpoint=" + checkpoint + "]";
    }
}
