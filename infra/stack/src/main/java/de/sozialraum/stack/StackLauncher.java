package de.sozialraum.stack;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The README's run command: starts the whole system on this machine, prints its URLs, and stops
 * everything on Ctrl-C. Data stays in {@code ./data} (or {@code SOZIALRAUM_DATA_DIR}) across restarts.
 */
public final class StackLauncher {

    private static final int EXIT_ON_SIGINT = 130;
    private static final int EXIT_ON_SIGTERM = 143;

    private StackLauncher() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Instant started = Instant.now();
        StackSettings settings = StackSettings.fromEnvironment(System.getenv(), servicesDir());
        out.println("Sozialraum-Koordination: lokaler Start, Daten in " + settings.dataDir());
        Stack stack = new Stack(settings, out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!stack.closing()) {
                out.println("Stoppe alle Dienste …");
                stack.close();
                out.println("Gestoppt.");
            }
        }, "stack-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("Start fehlgeschlagen (start failed): " + e.getMessage());
            System.exit(1);
            return;
        }

        out.printf("%nBereit nach %.1f s (ready). Strg-C beendet alles.%n", Duration.between(started, Instant.now()).toMillis() / 1000.0);
        out.println("  Einstieg für Browser und API: " + settings.gatewayUrl()
                + "   (Anmeldung im Browser; API mit Bearer-Token, siehe README)");
        if (Files.isRegularFile(stack.identityNotice())) {
            out.println();
            Files.readAllLines(stack.identityNotice()).forEach(line -> out.println("  " + line));
        }
        out.println();
        out.println("  Intern (ohne Gateway nur mit Token erreichbar):");
        for (ServiceProcess service : stack.services()) {
            out.printf("    %-21s %s   (Log: %s)%n", service.name(), service.url(), settings.dataDir().relativize(service.logFile()));
        }

        ServiceProcess stopped = stack.anyServiceExit().join();
        if (stack.closing()) {
            return; // Ctrl-C: the shutdown hook is stopping everything
        }
        int exitCode = stopped.process().exitValue();
        boolean signalled = exitCode == EXIT_ON_SIGINT || exitCode == EXIT_ON_SIGTERM;
        System.err.printf("%s wurde %s (exit code %d); alle Dienste werden gestoppt. Log: %s%n", stopped.name(),
                signalled ? "von außen gestoppt" : "unerwartet beendet", exitCode, stopped.logFile());
        System.exit(signalled ? 0 : 1);
    }

    /** The service jars lie next to the launcher jar, in {@code services/}, unless told otherwise. */
    private static Path servicesDir() throws URISyntaxException {
        String configured = System.getProperty("stack.services.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        Path launcherJar = Path.of(StackLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return launcherJar.resolveSibling("services");
    }
}
