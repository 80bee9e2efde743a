package de.sozialraum.reporting.checkpoint.api;

/**
 * A public key that checkpoints are verified with (docs/audit.md).
 *
 * @param keyId     the name checkpoints give as {@code keyId}
 * @param algorithm always {@code Ed25519}
 * @param publicKey the key, Base64 of its X.509 SubjectPublicKeyInfo (DER) form
 * @param current   whether new checkpoints are signed with it; the others are earlier keys
 */
public record PublishedKey(String keyId, String algorithm, String publicKey, boolean current) {
}
