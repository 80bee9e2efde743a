package de.sozialraum.platform.eventstore;

/**
 * Called by a writer between choosing the index of its commit and inserting it. Production uses
 * {@link #NONE}; tests delay commits here to prove that a slow writer neither loses its events nor
 * makes a reader skip or repeat one.
 */
@FunctionalInterface
public interface CommitHook {

    CommitHook NONE = index -> { };

    void beforeInsert(long index);
}
