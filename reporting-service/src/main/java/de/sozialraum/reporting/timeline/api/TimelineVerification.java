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
 * @param checkpoints         how many signed checkpoints verified (among {@code entries})
 * @param signedUpTo          the position the last verified checkpoint covers (0: none) — the chain up to there is signed
 *                            and cannot be re-computed or truncated unnoticed
 * @param unsignedEntries     how many verified entries follow the last verified checkpoint entry (all of them if there is
 *                            none): not signed yet, until the next checkpoint
 */
public record TimelineVerification(String timelineId, long entries, boolean verified, String headHash,
                                   Long firstBrokenPosition, Problem problem, long checkpoints, long signedUpTo,
                                   long unsignedEntries) {

    /**
     * @param code     {@code position-unexpected}, {@code previous-hash-mismatch}, {@code hash-mismatch},
     *                 {@code hash-missing}, {@code entry-unreadable}, {@code checkpoint-key-unknown},
     *                 {@code checkpoint-signature-invalid}, {@code checkpoint-mismatch}, {@code checkpoint-missing} or
     *                 {@code truncated}
     * @param detail   the explanation in the caller's language
     * @param expected what re-computing gave (a position, a hash)
     * @param found    what is stored
     */
    public record Problem(String code, String detail, String expected, String found) {
    }
}
