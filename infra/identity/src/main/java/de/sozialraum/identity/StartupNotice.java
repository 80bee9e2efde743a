package de.sozialraum.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints the issuer and the demo accounts to stdout once ready; the stack's launcher shows it on the console. */
@Component
class StartupNotice {

    private static final String ROW = "    %-24s %-16s %-20s %s%n";

    private final IdentityProperties identity;
    private final DemoUsers demo;
    private final String noticeFile;

    /** @param noticeFile where to write the notice as well, for the local stack's launcher to show it; optional */
    StartupNotice(IdentityProperties identity, DemoUsers demo, @Value("${sozialraum.identity.notice-file:}") String noticeFile) {
        this.identity = identity;
        this.demo = demo;
        this.noticeFile = noticeFile;
    }

    @EventListener(ApplicationReadyEvent.class)
    void print() {
        String password = demo.passwordIsDefault() ? DemoUsers.DEFAULT_PASSWORD : "$SOZIALRAUM_DEMO_PASSWORD";
        StringBuilder text = new StringBuilder()
                .append("Entwicklungs-Identitätsanbieter bereit (nur für die Entwicklung).\n")
                .append("  Issuer:    ").append(identity.issuer()).append('\n')
                .append("  Anmeldung: ").append(identity.issuer().resolve("/login")).append('\n')
                .append("  Demo-Konten, Passwort für alle: ").append(password).append('\n')
                .append(ROW.formatted("Benutzername", "Rolle", "Fachbereich", "Kommune"));
        demo.users().forEach(user -> text.append(ROW.formatted(user.username(), user.role(),
                user.department() == null ? "–" : user.department(), user.kommune())));
        text.append("  Token für Skripte: curl -s -u ").append(demo.users().get(0).username()).append(':').append(password)
                .append(" -d grant_type=client_credentials ").append(identity.issuer().resolve("/oauth2/token"));
        System.out.println(text);
        if (!noticeFile.isBlank()) {
            try {
                Files.writeString(Path.of(noticeFile), text + System.lineSeparator());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the start-up notice to " + noticeFile, e);
            }
        }
    }
}
