package de.sozialraum.audit;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signature of a checkpoint: Ed25519 over the UTF-8 bytes of the RFC 8785 canonical form ({@link Jcs}) of
 * <pre>{"timelineId": …, "coveredPosition": …, "coveredHash": …}</pre>
 * — "the chain of this timeline, up to and including this position, ends in this hash". Signatures and keys
 * travel as standard Base64: the signature's 64 bytes, public keys as X.509 SubjectPublicKeyInfo (DER), private
 * keys as PKCS #8 (DER). docs/audit.md specifies it.
 */
public final class CheckpointSignature {

    public static final String ALGORITHM = "Ed25519";

    private CheckpointSignature() {
    }

    /** What is signed, canonicalised. */
    public static byte[] signedBytes(String timelineId, long coveredPosition, String coveredHash) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("timelineId", timelineId);
        statement.put("coveredPosition", coveredPosition);
        statement.put("coveredHash", coveredHash);
        return Jcs.canonicalBytes(statement);
    }

    /** The Base64 signature of the statement. */
    public static String sign(PrivateKey key, String timelineId, long coveredPosition, String coveredHash) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(signedBytes(timelineId, coveredPosition, coveredHash));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + ALGORITHM, e);
        }
    }

    /** True if {@code signatureBase64} is {@code key}'s signature of the statement; false for any other signature or malformed input. */
    public static boolean verify(PublicKey key, String timelineId, long coveredPosition, String coveredHash, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(signedBytes(timelineId, coveredPosition, coveredHash));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static KeyPair generateKeyPair() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }

    /** A public key from its Base64 X.509 (SubjectPublicKeyInfo) form. */
    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a Base64 X.509 " + ALGORITHM + " public key", e);
        }
    }

    /** A private key from its Base64 PKCS #8 form. */
    public static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a Base64 PKCS #8 " + ALGORITHM + " private key", e);
        }
    }

    /** The Base64 X.509 form of a public key, as published and exported. */
    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /**
     * The public key of an Ed25519 private key (a PKCS #8 key as {@code openssl genpkey} writes it holds only the private
     * part). Java has no API for it, but its key pair generator takes the 32-byte private key from the random source:
     * given exactly those bytes, it computes the matching public key. Checked by signing and verifying once.
     */
    public static PublicKey publicKey(PrivateKey key) {
        if (!(key instanceof EdECPrivateKey edKey) || edKey.getBytes().isEmpty()) {
            throw new IllegalArgumentException("Not an " + ALGORITHM + " private key");
        }
        byte[] seed = edKey.getBytes().get();
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
                }
            });
            PublicKey publicKey = generator.generateKeyPair().getPublic();
            String probe = "0".repeat(64);
            if (!verify(publicKey, "key-check", 0, probe, sign(key, "key-check", 0, probe))) {
                throw new IllegalStateException("The derived public key does not match the private key");
            }
            return publicKey;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }

    /** The Base64 PKCS #8 form of a private key, as configured. */
    public static String encode(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }
}
