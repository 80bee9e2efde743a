package de.sozialraum.coordination.department.messaging;

import java.util.List;

import de.sozialraum.coordination.department.persistence.MongoDepartmentCatalogue;
import de.sozialraum.platform.consumption.EventConsumptionConfiguration;
import de.sozialraum.platform.consumption.ReceivedEvent;
import de.sozialraum.platform.consumption.ReceivedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Learns each Kommune's departments from planning's published events (contract: docs/events.md): the
 * catalogue a Kommune starts with, departments and freie Träger added later, and those retired, so that
 * assignments go only to active departments of the Sozialraum's Kommune.
 */
public class DepartmentCatalogueListener {

    static final String KOMMUNE_REGISTERED = "de.sozialraum.planning.KommuneRegistered.v1";
    static final String DEPARTMENT_ADDED = "de.sozialraum.planning.DepartmentAdded.v1";
    static final String DEPARTMENT_RETIRED = "de.sozialraum.planning.DepartmentRetired.v1";

    /** The part of planning's contract this listener reads. */
    record KommuneRegistered(String kommuneKey, List<Department> departments) {

        record Department(String key) {
        }
    }

    /** The part of planning's contract this listener reads (also of {@code DepartmentRetired}). */
    record DepartmentChanged(String kommuneKey, String departmentKey) {
    }

    private final MongoDepartmentCatalogue catalogue;

    public DepartmentCatalogueListener(MongoDepartmentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @KafkaListener(id = "department-catalogue", groupId = "coordination-service.department-catalogue",
            topics = "${sozialraum.publication.topic}",
            containerFactory = EventConsumptionConfiguration.CONTAINER_FACTORY)
    public void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = ReceivedEvents.read(record);
        switch (event.type()) {
            case KOMMUNE_REGISTERED -> {
                KommuneRegistered registered = event.dataAs(KommuneRegistered.class);
                registered.departments().forEach(department -> catalogue.rememberDepartment(registered.kommuneKey(), department.key()));
            }
            case DEPARTMENT_ADDED -> {
                DepartmentChanged added = event.dataAs(DepartmentChanged.class);
                catalogue.rememberDepartment(added.kommuneKey(), added.departmentKey());
            }
            case DEPARTMENT_RETIRED -> {
                DepartmentChanged retired = event.dataAs(DepartmentChanged.class);
                catalogue.rememberRetired(retired.kommuneKey(), retired.departmentKey());
            }
            default -> {
                // Other events do not concern the catalogue.
            }
        }
    }
}
