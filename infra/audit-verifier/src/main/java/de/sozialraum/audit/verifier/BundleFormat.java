package de.sozialraum.audit.verifier;

/**
 * The names of a timeline bundle, version 1 (docs/audit.md): a zip with {@value #ENTRIES}, {@value #PUBLIC_KEYS}
 * and {@value #MANIFEST}.
 */
public final class BundleFormat {

    /** The {@code format} member of the manifest. */
    public static final String FORMAT = "sozialraum-timeline-bundle/1";

    /** One JSON object per line, in position order. */
    public static final String ENTRIES = "entries.jsonl";

    /** The public keys of the bundle's checkpoints: {@code [{"keyId", "algorithm", "publicKey"}]}. */
    public static final String PUBLIC_KEYS = "public-keys.json";

    /** What the bundle holds, with the SHA-256 of each other file. */
    public static final String MANIFEST = "manifest.json";

    private BundleFormat() {
    }
}
