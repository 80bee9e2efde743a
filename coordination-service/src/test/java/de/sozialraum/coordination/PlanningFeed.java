package de.sozialraum.coordination;

import de.sozialraum.testsupport.CloudEventRecords;

/**
 * What planning publishes and coordination learns from, for integration tests: Jena with its
 * Jugendamt and Sozialamt, and Sozialräume of Jena. Redelivering any of it changes nothing.
 */
public final class PlanningFeed {

    private PlanningFeed() {
    }

    /** Planning registers Jena (16053) at its start. */
    public static void jena(String topic) {
        CloudEventRecords.send(topic, "de.sozialraum.planning.KommuneRegistered.v1", "kommune:16053", """
                {"kommuneKey":"16053","name":"Jena","kind":"KREISFREIE_STADT","departments":[
                 {"key":"jugendamt","name":"Jugendamt","type":"AMT"},{"key":"sozialamt","name":"Sozialamt","type":"AMT"}]}""");
    }

    public static void sozialraumRegistered(String topic, String sozialraumId) {
        CloudEventRecords.send(topic, "de.sozialraum.planning.SozialraumRegistered.v1", sozialraumId, """
                {"sozialraumId":"%s","kommuneKey":"16053","name":"Lobeda","kind":"STADTTEIL"}""".formatted(sozialraumId));
    }
}
