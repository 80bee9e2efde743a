package de.sozialraum.planning.indicator.importing;

/** An import's worker was interrupted (the service stops): the import ends as FAILED. */
final class Interruption extends RuntimeException {

    private Interruption() {
        super("The import was interrupted", null, false, false);
    }

    static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Interruption();
        }
    }
}
