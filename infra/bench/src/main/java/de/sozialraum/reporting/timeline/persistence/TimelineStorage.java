package de.sozialraum.reporting.timeline.persistence;

import de.sozialraum.audit.ChainEntry;
import de.sozialraum.reporting.timeline.api.TimelineEntry;
import org.bson.Document;

/**
 * The benchmark's window onto reporting's timeline storage, which keeps these package-private: the collection, the
 * documents {@link MongoTimeline} stores (hash included, by the same {@link TimelineDocuments} code) and the projection
 * its verification reads. Lives in infra/bench, in reporting's package, so the harness writes and reads exactly what the
 * service does without a second implementation.
 */
public final class TimelineStorage {

    /** The collection of all timelines' entries. */
    public static final String COLLECTION = MongoTimeline.COLLECTION;

    private TimelineStorage() {
    }

    /** The document {@link MongoTimeline#append} inserts for {@code draft} at {@code position}, with its hash. */
    public static Document document(TimelineEntry draft, long position, String previousHash) {
        return TimelineDocuments.toDocument(draft, position, previousHash);
    }

    /** The fields verification reads (a copy). */
    public static Document chainFields() {
        return new Document(TimelineDocuments.CHAIN_FIELDS);
    }

    /** A stored document as verification sees it. */
    public static ChainEntry chainEntry(Document document) {
        return TimelineDocuments.toChainEntry(document);
    }
}
