package de.sozialraum.audit.verifier;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

import de.sozialraum.audit.CheckpointSignature;

/**
 * {@code java -jar sozialraum-audit-verifier.jar <bundle.zip> [--public-key <Base64 X.509 | file>]…}: verifies an
 * exported timeline bundle with no server and prints the verdict in German and English. Exit code 0 valid, 1 invalid,
 * 2 unreadable or wrong usage.
 */
public final class Main {

    static final String USAGE = """
            Aufruf / usage: java -jar sozialraum-audit-verifier.jar <zeitleiste.zip> [--public-key <Schlüssel/key>]...
              <zeitleiste.zip>   ein exportiertes Zeitleisten-Bündel / an exported timeline bundle
              --public-key       der unabhängig bezogene öffentliche Schlüssel (Ed25519): Base64 (X.509), eine
                                 PEM-Datei, eine Datei mit Base64 oder die Antwort von GET /api/audit/public-keys;
                                 mehrmals möglich / the public key obtained independently (Ed25519): Base64 (X.509),
                                 a PEM file, a file with Base64 or the answer of GET /api/audit/public-keys; repeatable
            Exit: 0 gültig/valid, 1 ungültig/invalid, 2 nicht lesbar/unreadable, falscher Aufruf/wrong usage""";

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, consoleCharset());
        System.exit(run(args, out, out));
    }

    /** Runs the verifier; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path bundle = null;
        List<PublicKey> trusted = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("-h") || arg.equals("--help")) {
                    out.println(USAGE);
                    return 0;
                } else if (arg.equals("--public-key") && i + 1 < args.length) {
                    trusted.addAll(keys(args[++i]));
                } else if (arg.startsWith("--public-key=")) {
                    trusted.addAll(keys(arg.substring("--public-key=".length())));
                } else if (arg.startsWith("-") || bundle != null) {
                    err.println(USAGE);
                    return Verdict.Outcome.UNREADABLE.exitCode();
                } else {
                    bundle = Path.of(arg);
                }
            }
        } catch (IllegalArgumentException | IOException e) {
            err.println("Der Schlüssel ist nicht lesbar / the key cannot be read: " + e.getMessage());
            return Verdict.Outcome.UNREADABLE.exitCode();
        }
        if (bundle == null) {
            err.println(USAGE);
            return Verdict.Outcome.UNREADABLE.exitCode();
        }
        Verdict verdict = BundleVerifier.verify(bundle, trusted);
        verdict.lines().forEach(out::println);
        return verdict.outcome().exitCode();
    }

    /** The keys an argument names: Base64, or a file holding Base64, PEM or the published key list. */
    static List<PublicKey> keys(String argument) throws IOException {
        String text = argument.strip();
        if (isFile(argument)) {
            text = Files.readString(Path.of(argument), UTF_8).strip();
        }
        if (text.startsWith("[")) {
            return List.copyOf(BundleVerifier.publicKeys(text.getBytes(UTF_8)).values());
        }
        String base64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return List.of(CheckpointSignature.publicKey(base64));
    }

    private static boolean isFile(String argument) {
        try {
            return Files.isRegularFile(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static Charset consoleCharset() {
        for (String property : List.of("stdout.encoding", "sun.stdout.encoding")) {
            String name = System.getProperty(property);
            if (name != null && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        }
        return UTF_8;
    }
}
