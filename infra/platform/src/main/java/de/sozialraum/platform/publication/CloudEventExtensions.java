package de.sozialraum.platform.publication;

/** Names of the CloudEvents extension attributes we publish (docs/events.md, "Envelope"). */
public final class CloudEventExtensions {

    public static final String ACTOR_ID = "actorid";
    public static final String ACTOR_NAME = "actorname";
    public static final String ACTOR_ROLE = "actorrole";
    public static final String ACTOR_DEPARTMENT = "actordepartment";
    public static final String KOMMUNE = "kommune";
    public static final String CORRELATION_ID = "correlationid";
    public static final String CAUSATION_ID = "causationid";
    public static final String AGGREGATE_TYPE = "aggregatetype";
    public static final String AGGREGATE_ID = "aggregateid";
    public static final String AGGREGATE_SEQUENCE = "aggregatesequence";
    public static final String PARTITION_KEY = "partitionkey";

    private CloudEventExtensions() {
    }
}
