package de.sozialraum.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class CheckpointSignatureTest {

    private static final String HASH = "b597b660" + "0".repeat(52) + "14a2";
    private final KeyPair keys = CheckpointSignature.generateKeyPair();

    @Test
    void signsTheCanonicalStatement() {
        assertThat(new String(CheckpointSignature.signedBytes("sr-1", 100, HASH), StandardCharsets.UTF_8))
                .isEqualTo("{\"coveredHash\":\"" + HASH + "\",\"coveredPosition\":100,\"timelineId\":\"sr-1\"}");
    }

    @Test
    void aSignatureVerifiesWithThePublishedKeyAndOnlyForWhatWasSigned() {
        String signature = CheckpointSignature.sign(keys.getPrivate(), "sr-1", 100, HASH);
        var published = CheckpointSignature.publicKey(CheckpointSignature.encode(keys.getPublic()));

        assertThat(Base64.getDecoder().decode(signature)).hasSize(64);
        assertThat(CheckpointSignature.verify(published, "sr-1", 100, HASH, signature)).isTrue();
        assertThat(CheckpointSignature.verify(published, "sr-2", 100, HASH, signature)).as("another timeline").isFalse();
        assertThat(CheckpointSignature.verify(published, "sr-1", 99, HASH, signature)).as("another position").isFalse();
        assertThat(CheckpointSignature.verify(published, "sr-1", 100, HASH.replace('b', 'c'), signature)).as("another hash").isFalse();
        assertThat(CheckpointSignature.verify(CheckpointSignature.generateKeyPair().getPublic(), "sr-1", 100, HASH, signature))
                .as("another key").isFalse();
        assertThat(CheckpointSignature.verify(published, "sr-1", 100, HASH, "not base64!")).as("garbage").isFalse();
    }

    @Test
    void keysTravelAsBase64() {
        String privateKey = Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded());
        String signature = CheckpointSignature.sign(CheckpointSignature.privateKey(privateKey), "sr-1", 1, HASH);
        assertThat(CheckpointSignature.verify(keys.getPublic(), "sr-1", 1, HASH, signature)).isTrue();
        assertThatThrownBy(() -> CheckpointSignature.publicKey("AAAA")).isInstanceOf(IllegalArgumentException.class);
    }
}
