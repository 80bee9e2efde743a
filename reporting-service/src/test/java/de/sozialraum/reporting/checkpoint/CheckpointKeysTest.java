package de.sozialraum.reporting.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import de.sozialraum.reporting.checkpoint.api.PublishedKey;
import org.junit.jupiter.api.Test;

/** The keys from the configuration: read, published without the private key, refused with a message that does not show it. */
class CheckpointKeysTest {

    // test keys only (openssl genpkey -algorithm ed25519)
    private static final String PRIVATE_KEY = "MC4CAQAwBQYDK2VwBCIEILz7M6Jb/kNbNP3LP4FTuZ0RXD3WpLH7gwr7bWEtKPoK";
    private static final String PUBLIC_KEY = "MCowBQYDK2VwAyEA07Xek2h2dxXQ2ITy2FFhnLWmvcY/LCP3dzZqMZIulq0=";
    private static final String PREVIOUS_PUBLIC_KEY = "MCowBQYDK2VwAyEAPND1DwfxXhDVayy7Q57++xAiF0WJP57DbXzPvZzV6rk=";
    private static final AuditProperties.Checkpoint DEFAULTS = new AuditProperties.Checkpoint(100, Duration.ofHours(1));

    @Test
    void theCurrentKeySignsAndIsPublishedFirstThenThePreviousOnes() {
        CheckpointKeys keys = CheckpointKeys.from(new AuditProperties(PRIVATE_KEY, "2026-11", Map.of("2025-11", PREVIOUS_PUBLIC_KEY), DEFAULTS));

        assertThat(keys.canSign()).isTrue();
        assertThat(keys.currentKeyId()).contains("2026-11");
        assertThat(keys.published()).containsExactly(
                new PublishedKey("2026-11", "Ed25519", PUBLIC_KEY, true),
                new PublishedKey("2025-11", "Ed25519", PREVIOUS_PUBLIC_KEY, false));
        assertThat(keys.publicKey("2025-11")).isNotNull();
        assertThat(keys.publicKey("unknown")).isNull();
    }

    @Test
    void withoutASigningKeyNothingIsSignedButPreviousKeysStillVerify() {
        CheckpointKeys keys = CheckpointKeys.from(new AuditProperties(" ", null, Map.of("2025-11", PREVIOUS_PUBLIC_KEY), DEFAULTS));

        assertThat(keys.canSign()).isFalse();
        assertThat(keys.currentKeyId()).isEmpty();
        assertThat(keys.published()).extracting(PublishedKey::keyId, PublishedKey::current).containsExactly(org.assertj.core.groups.Tuple.tuple("2025-11", false));
    }

    @Test
    void aMisconfigurationStopsTheStartWithoutShowingTheKey() {
        assertThatThrownBy(() -> new AuditProperties(PRIVATE_KEY, null, null, DEFAULTS))
                .hasMessageContaining("sozialraum.audit.key-id is required").hasMessageNotContaining(PRIVATE_KEY);
        assertThatThrownBy(() -> CheckpointKeys.from(new AuditProperties(PRIVATE_KEY.substring(0, 20) + "AAAA", "k", null, DEFAULTS)))
                .hasMessage("sozialraum.audit.signing-key is not a Base64 PKCS #8 Ed25519 private key");
        assertThatThrownBy(() -> CheckpointKeys.from(new AuditProperties(PUBLIC_KEY, "k", null, DEFAULTS)))
                .hasMessageNotContaining(PUBLIC_KEY);
        assertThatThrownBy(() -> CheckpointKeys.from(new AuditProperties(null, null, Map.of("old", "nonsense"), DEFAULTS)))
                .hasMessage("sozialraum.audit.previous-public-keys.old is not a Base64 X.509 Ed25519 public key");
        assertThatThrownBy(() -> new AuditProperties(PRIVATE_KEY, "old", Map.of("old", PREVIOUS_PUBLIC_KEY), DEFAULTS))
                .hasMessageContaining("also among the previous public keys");
        assertThatThrownBy(() -> new AuditProperties.Checkpoint(100, Duration.ZERO)).hasMessageContaining("must be positive");
    }

    @Test
    void neitherThePropertiesNorTheKeysShowThePrivateKey() {
        AuditProperties properties = new AuditProperties(PRIVATE_KEY, "2026-11", Map.of(), DEFAULTS);

        assertThat(properties.toString()).doesNotContain(PRIVATE_KEY).contains("(set)");
        assertThat(CheckpointKeys.from(properties).toString()).doesNotContain(PRIVATE_KEY);
    }
}
