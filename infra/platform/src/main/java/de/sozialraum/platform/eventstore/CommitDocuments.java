package de.sozialraum.platform.eventstore;

import java.util.Date;
import java.util.List;

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
 * The documents of the event store. A <em>commit</em> holds the events of one append, in order:
 * <pre>
 * { _id: 42,                                   // the commit's global index: 1, 2, 3, … without gaps
 *   timestamp: ISODate(…),                     // of its first event, for createTokenAt
 *   claims: ["&lt;aggregateId&gt;:&lt;sequenceNumber&gt;", …], // unique across all commits
 *   events: [ { eventIdentifier, aggregateIdentifier, type, sequenceNumber, timestamp,
 *               payloadType, payloadRevision, payload, metaData }, … ] }
 * </pre>
 */
final class CommitDocuments {

    static final String ID = "_id";
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

    /** A commit without its index, which the writer sets (again) for every attempt. */
    static Document commit(List<? extends DomainEventMessage<?>> events, Serializer serializer) {
        return new Document(TIMESTAMP, Date.from(events.get(0).getTimestamp()))
                .append(CLAIMS, events.stream().map(CommitDocuments::claim).toList())
                .append(EVENTS, events.stream().map(event -> event(event, serializer)).toList());
    }

    /** Aggregate id and sequence number: stored once in the whole store, which makes appends optimistic. */
    static String claim(DomainEventMessage<?> event) {
        return event.getAggregateIdentifier() + ":" + event.getSequenceNumber();
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

    /** All events of a commit share its token: Axon processes them in one batch. */
    static List<TrackedEventData<?>> trackedEvents(Document commit) {
        GlobalSequenceTrackingToken token = new GlobalSequenceTrackingToken(index(commit));
        return events(commit).stream()
                .<TrackedEventData<?>>map(event -> new TrackedDomainEventData<>(token, eventData(event)))
                .toList();
    }

    static long index(Document commit) {
        return commit.getLong(ID);
    }
}
