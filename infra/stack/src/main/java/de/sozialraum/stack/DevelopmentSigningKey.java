package de.sozialraum.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * The Ed25519 key pair reporting signs the timelines' checkpoints with on this machine (docs/audit.md): generated once
 * into the data directory and kept there, so that checkpoints made earlier still verify after a restart. For development
 * only, like the development identity provider: production keys come from the operator (docs/operations.md). A key given
 * in the environment ({@code SOZIALRAUM_AUDIT_SIGNING_KEY}) is used instead, and then none is generated.
 */
final class DevelopmentSigningKey {

    static final String SIGNING_KEY = "SOZIALRAUM_AUDIT_SIGNING_KEY";
    static final String KEY_ID = "SOZIALRAUM_AUDIT_KEY_ID";

    private DevelopmentSigningKey() {
    }

    /** The environment for reporting: nothing if the operator set a key, else the stored (or a new) development key. */
    static Map<String, String> environment(Path dataDir) {
        if (System.getenv(SIGNING_KEY) != null) {
            return Map.of();
        }
        Properties key = loadOrCreate(dataDir.resolve("audit/checkpoint-signing-key.properties"));
        return Map.of(SIGNING_KEY, key.getProperty("private-key"), KEY_ID, key.getProperty("key-id"));
    }

    private static Properties loadOrCreate(Path file) {
        try {
            Properties key = new Properties();
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    key.load(in);
                }
                return key;
            }
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            key.setProperty("key-id", "dev-" + LocalDate.now());
            key.setProperty("private-key", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            key.setProperty("public-key", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            Files.createDirectories(file.getParent());
            Path written = Files.createFile(file);
            try {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system (Windows): the data directory's own protection applies
            }
            try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                key.store(out, "Development signing key of the timeline checkpoints (Ed25519, Base64 PKCS #8 / X.509). "
                        + "Local stack only - never use it in production.");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the development signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }
}
