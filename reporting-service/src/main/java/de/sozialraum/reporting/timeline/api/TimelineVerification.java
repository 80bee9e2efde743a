package de.sozialraum.reporting.timeline.api;

/**
 * The outcome of re-computing a timeline's hash chain (docs/audit.md).
 *
 * @param timelineId          the Sozialraum id or {@code kommune:<key>}
 * @param entries             how many entries verified: all of them, or those before the first break
 * @param verified            whether the whole chain verified
 * @param headHash            the hash of the last entry, when verified — note it down, and a later verification
 *                            that still passes through it shows that nothing up to there changed
 * @param firstBrokenPosition the first position that does not verify, when not verified
 * @param problem             what is wrong there, when not verified
 */
public record TimelineVerification(String timelineId, long entries, boolean verified, String headHash,
                                   Long firstBrokenPosition, Problem problem) {

    /**
     * @param code     {@code position-unexpected}, {@code previous-hash-mismatch}, {@code hash-mismatch},
     *                 {@code hash-missing} or {@code entry-unreadable}
     * @param detail   the explanation in the caller's language
     * @param expected what re-computing gave (a position, a hash)
     * @param found    what is stored
     */
    public record Problem(String code, String detail, String expected, String found) {
    }
}
