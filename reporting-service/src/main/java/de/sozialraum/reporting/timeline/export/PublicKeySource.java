package de.sozialraum.reporting.timeline.export;

import java.util.List;

/**
 * The public keys an exported bundle carries for its checkpoints ({@code public-keys.json}, docs/audit.md): all keys
 * that signed (or sign) checkpoints, as {@code GET /api/audit/public-keys} publishes them. Until the checkpoint
 * signer provides one, the bundle carries an empty list.
 */
@FunctionalInterface
public interface PublicKeySource {

    List<PublishedKey> publicKeys();

    /**
     * @param keyId     the id checkpoints name
     * @param algorithm {@code Ed25519}
     * @param publicKey Base64 of the X.509 SubjectPublicKeyInfo (DER)
     */
    record PublishedKey(String keyId, String algorithm, String publicKey) {
    }
}
