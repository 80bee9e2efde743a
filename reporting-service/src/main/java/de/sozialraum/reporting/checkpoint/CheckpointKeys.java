package de.sozialraum.reporting.checkpoint;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.sozialraum.audit.CheckpointSignature;
import de.sozialraum.reporting.checkpoint.api.PublishedKey;

/**
 * The keys of the checkpoints: the current signing key (if configured) and every public key that checkpoints may name —
 * the current one and those of earlier keys. The private key never leaves this class.
 */
public final class CheckpointKeys {

    private final String currentKeyId;
    private final PrivateKey signingKey;
    private final Map<String, PublicKey> publicKeys = new LinkedHashMap<>();

    private CheckpointKeys(String currentKeyId, PrivateKey signingKey, Map<String, PublicKey> publicKeys) {
        this.currentKeyId = currentKeyId;
        this.signingKey = signingKey;
        this.publicKeys.putAll(publicKeys);
    }

    /** Reads the keys; a malformed key stops the start with a message naming the property, never the key. */
    public static CheckpointKeys from(AuditProperties properties) {
        Map<String, PublicKey> publicKeys = new LinkedHashMap<>();
        PrivateKey signingKey = null;
        if (properties.signingKey() != null) {
            try {
                signingKey = CheckpointSignature.privateKey(properties.signingKey());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("sozialraum.audit.signing-key is not a Base64 PKCS #8 Ed25519 private key");
            }
            publicKeys.put(properties.keyId(), CheckpointSignature.publicKey(signingKey));
        }
        properties.previousPublicKeys().forEach((keyId, key) -> {
            try {
                publicKeys.put(keyId, CheckpointSignature.publicKey(key));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("sozialraum.audit.previous-public-keys." + keyId + " is not a Base64 X.509 Ed25519 public key");
            }
        });
        return new CheckpointKeys(signingKey == null ? null : properties.keyId(), signingKey, publicKeys);
    }

    /** No keys at all: a service without signing key that never signed (its timelines are unsigned). */
    public static CheckpointKeys none() {
        return new CheckpointKeys(null, null, Map.of());
    }

    /** Test keys: {@code signingKey} as {@code keyId}, and further public keys. */
    public static CheckpointKeys of(String keyId, PrivateKey signingKey, Map<String, PublicKey> previous) {
        Map<String, PublicKey> publicKeys = new LinkedHashMap<>();
        publicKeys.put(keyId, CheckpointSignature.publicKey(signingKey));
        publicKeys.putAll(previous);
        return new CheckpointKeys(keyId, signingKey, publicKeys);
    }

    public boolean canSign() {
        return signingKey != null;
    }

    /** The current key id, if a signing key is configured. */
    public Optional<String> currentKeyId() {
        return Optional.ofNullable(currentKeyId);
    }

    PrivateKey signingKey() {
        if (signingKey == null) {
            throw new IllegalStateException("No signing key configured");
        }
        return signingKey;
    }

    /** The public key named {@code keyId}, or {@code null} if it is not known. */
    public PublicKey publicKey(String keyId) {
        return publicKeys.get(keyId);
    }

    /** Every known public key, the current one first. */
    public List<PublishedKey> published() {
        List<PublishedKey> published = new ArrayList<>();
        publicKeys.forEach((keyId, key) -> published.add(new PublishedKey(keyId, CheckpointSignature.ALGORITHM,
                CheckpointSignature.encode(key), keyId.equals(currentKeyId))));
        return published;
    }

    @Override
    public String toString() {
        return "CheckpointKeys[current=" + currentKeyId + ", known=" + publicKeys.keySet() + "]";
    }
}
