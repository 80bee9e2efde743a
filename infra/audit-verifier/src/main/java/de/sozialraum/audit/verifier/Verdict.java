package de.sozialraum.audit.verifier;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the verifier found out about a bundle.
 *
 * @param outcome       valid, invalid, or not even readable as a bundle
 * @param timelineId    the timeline the bundle claims to hold, if the manifest could be read
 * @param entries       how many entries verified (all of them when valid, those before the first break otherwise)
 * @param headHash      the hash of the last entry, when the chain verified
 * @param signedUpTo    the highest position a verified checkpoint covers, 0 if none
 * @param trustedKey    whether the checkpoints were checked against a key the auditor gave ({@code --public-key}),
 *                      not only against the bundle's own keys
 * @param findings      what is wrong, most telling first (the chain's first break before everything else); empty
 *                      when valid
 */
public record Verdict(Outcome outcome, String timelineId, long entries, String headHash, long signedUpTo, boolean trustedKey,
                      List<Finding> findings) {

    public enum Outcome {
        VALID(0), INVALID(1), UNREADABLE(2);

        private final int exitCode;

        Outcome(int exitCode) {
            this.exitCode = exitCode;
        }

        /** The process exit code: 0 valid, 1 invalid, 2 unreadable (and wrong usage). */
        public int exitCode() {
            return exitCode;
        }
    }

    public Verdict {
        findings = List.copyOf(findings);
    }

    public boolean valid() {
        return outcome == Outcome.VALID;
    }

    /** The first finding, if any. */
    public Finding firstFinding() {
        return findings.isEmpty() ? null : findings.get(0);
    }

    /**
     * Something wrong with a bundle.
     *
     * @param code     e.g. {@code hash-mismatch}, {@code checkpoint-signature-invalid}, {@code file-hash-mismatch}
     * @param position the entry concerned, or {@code null} for the bundle as a whole
     * @param german   the explanation in German
     * @param english  the explanation in English
     */
    public record Finding(String code, Long position, String german, String english) {
    }

    /** The verdict as printed: a German and an English headline, then the findings or notes, each in both languages. */
    public List<String> lines() {
        NumberFormat de = NumberFormat.getIntegerInstance(Locale.GERMANY);
        NumberFormat en = NumberFormat.getIntegerInstance(Locale.UK);
        List<String> lines = new ArrayList<>();
        switch (outcome) {
            case VALID -> {
                String signedDe = signedUpTo == 0 ? "nicht signiert"
                        : "signiert bis Position " + de.format(signedUpTo) + (trustedKey ? " mit dem angegebenen Schlüssel" : " (nur mit den Schlüsseln aus dem Bündel geprüft)");
                String signedEn = signedUpTo == 0 ? "not signed"
                        : "signed up to position " + en.format(signedUpTo) + (trustedKey ? " with the key given" : " (checked with the bundle's own keys only)");
                lines.add("GÜLTIG — " + de.format(entries) + " Einträge der Zeitleiste " + timelineId + ", Kopf-Hash " + headHash + ", " + signedDe);
                lines.add("VALID — " + en.format(entries) + " entries of timeline " + timelineId + ", head hash " + headHash + ", " + signedEn);
                if (signedUpTo < entries) {
                    lines.add("  Hinweis: " + (signedUpTo == 0 ? "Kein Eintrag ist durch eine Signatur gedeckt"
                            : "Die Einträge nach Position " + de.format(signedUpTo) + " sind durch keine Signatur gedeckt")
                            + ": eine nachträglich neu berechnete Kette fiele dort nicht auf.");
                    lines.add("  Note: " + (signedUpTo == 0 ? "no entry is covered by a signature"
                            : "the entries after position " + en.format(signedUpTo) + " are covered by no signature")
                            + ": a chain re-computed afterwards would not show there.");
                }
                if (signedUpTo > 0 && !trustedKey) {
                    lines.add("  Hinweis: Schlüssel aus dem Bündel selbst beweisen nichts gegen eine Fälschung — den öffentlichen Schlüssel unabhängig beziehen und mit --public-key angeben.");
                    lines.add("  Note: keys taken from the bundle itself prove nothing against a forger — obtain the public key independently and give it with --public-key.");
                }
            }
            case INVALID -> {
                Finding first = firstFinding();
                lines.add("UNGÜLTIG — " + where(first, "Eintrag ") + first.code() + ": " + first.german());
                lines.add("INVALID — " + where(first, "entry ") + first.code() + ": " + first.english());
                for (Finding more : findings.subList(1, findings.size())) {
                    lines.add("  außerdem / also: " + where(more, "Eintrag / entry ") + more.code() + ": " + more.german() + " / " + more.english());
                }
            }
            case UNREADABLE -> {
                Finding first = firstFinding();
                lines.add("NICHT LESBAR — " + first.german());
                lines.add("UNREADABLE — " + first.english());
            }
        }
        return lines;
    }

    private static String where(Finding finding, String label) {
        return finding.position() == null ? "" : label + finding.position() + ": ";
    }
}
