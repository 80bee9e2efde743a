package de.sozialraum.platform.eventstore;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * The documents of the event store. A <em>commit</em> holds the events of one append, in order; each
 * event has its own global index, and a commit's events have consecutive ones:
 * <pre>
 * { _id: 42,                                   // the global index of its first event
 *   indexes: [42, 43, 44],                     // the global index of each event, unique across commits
 *   timestamp: ISODate(…),                     // of its first event, for createTokenAt
 *   claims: ["&lt;aggregateId&gt;:&lt;sequenceNumber&gt;", …], // unique across commits
 *   events: [ { eventIdentifier, aggregateIdentifier, type, sequenceNumber, timestamp,
 *               payloadType, payloadRevision, payload, metaData }, … ] }
 * </pre>
 */
final class CommitDocuments {

    static final String ID = "_id";
    static final String INDEXES = "indexes";
    static final String CLAIMS = "claims";
    static final String EVENTS = "events";
    static final String TIMESTAMP = "timestamp";
    static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    static final String SEQUENCE_NUMBER = "sequenceNumber";
    private static final String EVENT_IDENTIFIER = "eventIdentifier";
    private static final String TYPE = "type";
    private static final String PAYLOAD_TYPE = "payloadType";
    private static final String PAYLOAD_REVISION = "payloadRevision";
    private static final String PAYLOAD = "payload";
    private static final String META_DATA = "metaData";

    private CommitDocuments() {
    }

    /** A commit without its indexes, which the writer sets (again) for every attempt: {@link #at}. */
    static Document commit(List<? extends DomainEventMessage<?>> events, Serializer serializer) {
        return new Document(TIMESTAMP, Date.from(events.get(0).getTimestamp()))
                .append(CLAIMS, events.stream().map(CommitDocuments::claim).toList())
                .append(EVENTS, events.stream().map(event -> event(event, serializer)).toList());
    }

    /** Places a commit at the global index {@code first}: its events take {@code first}, {@code first + 1}, … */
    static Document at(Document commit, long first) {
        int size = events(commit).size();
        return commit.append(ID, first).append(INDEXES, LongStream.range(first, first + size).boxed().toList());
    }

    /** Aggregate id and sequence number: stored once in the whole store, which makes appends optimistic. */
    static String claim(DomainEventMessage<?> event) {
        return claim(event.getAggregateIdentifier(), event.getSequenceNumber());
    }

    static String claim(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + ":" + sequenceNumber;
    }

    static Document event(DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        return new Document(EVENT_IDENTIFIER, event.getIdentifier())
                .append(AGGREGATE_IDENTIFIER, event.getAggregateIdentifier())
                .append(TYPE, event.getType())
                .append(SEQUENCE_NUMBER, event.getSequenceNumber())
                .append(TIMESTAMP, event.getTimestamp().toString())
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(PAYLOAD_REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(META_DATA, metaData.getData());
    }

    static DomainEventData<String> eventData(Document event) {
        return new GenericDomainEventEntry<>(
                event.getString(TYPE),
                event.getString(AGGREGATE_IDENTIFIER),
                event.getLong(SEQUENCE_NUMBER),
                event.getString(EVENT_IDENTIFIER),
                event.getString(TIMESTAMP),
                event.getString(PAYLOAD_TYPE),
                event.getString(PAYLOAD_REVISION),
                event.getString(PAYLOAD),
                event.getString(META_DATA));
    }

    static boolean holds(Document commit, String eventIdentifier) {
        return events(commit).stream().anyMatch(event -> eventIdentifier.equals(event.getString(EVENT_IDENTIFIER)));
    }

    static List<Document> events(Document commit) {
        return commit.getList(EVENTS, Document.class);
    }

    /** The commit's events of one aggregate (a commit may hold events of several). */
    static Stream<Document> eventsOf(Document commit, String aggregateIdentifier) {
        return events(commit).stream().filter(event -> aggregateIdentifier.equals(event.getString(AGGREGATE_IDENTIFIER)));
    }

    /** The global index of each of the commit's events, mapped to the event. */
    static Map<Long, Document> eventsByIndex(Document commit) {
        List<Document> events = events(commit);
        Map<Long, Document> byIndex = new HashMap<>();
        for (int position = 0; position < events.size(); position++) {
            byIndex.put(index(commit) + position, events.get(position));
        }
        return byIndex;
    }

    /** An event as a tracking reader gets it: with a token of its own, its global index. */
    static TrackedEventData<?> trackedEvent(long index, Document event) {
        return new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(index), eventData(event));
    }

    /** The global index of the commit's last event. */
    static long lastIndex(Document commit) {
        return index(commit) + events(commit).size() - 1;
    }

    /** The global index of the commit's first event. */
    static long index(Document commit) {
        return commit.getLong(ID);
    }
}
