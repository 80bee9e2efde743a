package de.sozialraum.planning.kommune.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.planning.domain.Texts;
import de.sozialraum.planning.kommune.KommuneDirectory;
import de.sozialraum.planning.kommune.api.AddDepartmentCommand;
import de.sozialraum.planning.kommune.api.Department;
import de.sozialraum.planning.kommune.api.DepartmentAddedEvent;
import de.sozialraum.planning.kommune.api.DepartmentRetiredEvent;
import de.sozialraum.planning.kommune.api.KommuneKind;
import de.sozialraum.planning.kommune.api.KommuneRegisteredEvent;
import de.sozialraum.planning.kommune.api.RegisterKommuneCommand;
import de.sozialraum.planning.kommune.api.RetireDepartmentCommand;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.problem.ConflictException;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A Kommune that plans, under its official key, and its department catalogue: the defaults it started
 * with, own Ämter and freie Träger added later, retired ones kept. Registering a key twice is refused by
 * the event store itself (one stream per key), whichever instance tries.
 */
@Aggregate
public class Kommune {

    @AggregateIdentifier
    private String kommuneKey;
    /** Every department ever in the catalogue: true once retired. */
    private final Map<String, Boolean> retiredByKey = new HashMap<>();

    protected Kommune() {
        // Axon needs it to rebuild the aggregate from its events.
    }

    @CommandHandler
    public Kommune(RegisterKommuneCommand command, KommuneDirectory kommunen, DepartmentDefaults defaults, Actor actor) {
        PlanningAccessRules.registerKommune(actor);
        String name = Texts.required(command.name());
        requireKeyOfItsKind(command.kommuneKey(), command.kind());
        if (command.kind() == KommuneKind.GEMEINDE) {
            String kreis = command.kommuneKey().substring(0, 5);
            if (kommunen.kindOf(kreis).filter(KommuneKind.LANDKREIS::equals).isEmpty()) {
                throw new RuleViolationException("kommune-landkreis-unknown",
                        "Gemeinde " + command.kommuneKey() + " lies in no registered Landkreis " + kreis, command.kommuneKey(), kreis);
            }
        }
        apply(new KommuneRegisteredEvent(command.kommuneKey(), name, command.kind(), defaults.departments()));
    }

    @CommandHandler
    public void handle(AddDepartmentCommand command, Actor actor) {
        PlanningAccessRules.manageDepartments(actor, kommuneKey);
        if (!DepartmentKeys.isValid(command.departmentKey())) {
            throw new RuleViolationException("department-key-invalid", "Department key " + command.departmentKey() + " is no slug",
                    String.valueOf(command.departmentKey()));
        }
        if (retiredByKey.containsKey(command.departmentKey())) {
            throw new DepartmentExistsException(command.departmentKey(), retiredByKey.get(command.departmentKey()));
        }
        apply(new DepartmentAddedEvent(kommuneKey, command.departmentKey(), Texts.required(command.name()), command.type()));
    }

    @CommandHandler
    public void handle(RetireDepartmentCommand command, Actor actor) {
        PlanningAccessRules.manageDepartments(actor, kommuneKey);
        Boolean retired = Optional.ofNullable(retiredByKey.get(command.departmentKey())).orElseThrow(() -> new NotFoundException(
                "department-not-found", "No department " + command.departmentKey() + " in Kommune " + kommuneKey, command.departmentKey()));
        if (retired) {
            throw new ConflictException("department-retired", "Department " + command.departmentKey() + " is retired already",
                    command.departmentKey());
        }
        apply(new DepartmentRetiredEvent(kommuneKey, command.departmentKey(), Texts.reason(command.reason())));
    }

    /** Landkreise and kreisfreie Städte: 5-digit Kreisschlüssel; Gemeinden: 8-digit AGS whose last three digits name one. */
    private static void requireKeyOfItsKind(String key, KommuneKind kind) {
        boolean valid = key != null && (kind.keyedByKreisschluessel()
                ? key.matches("\\d{5}")
                : key.matches("\\d{8}") && !key.endsWith("000"));
        if (!valid) {
            throw new RuleViolationException("kommune-key-invalid", "Key " + key + " does not fit kind " + kind, String.valueOf(key));
        }
    }


    @EventSourcingHandler
    void on(KommuneRegisteredEvent event) {
        kommuneKey = event.kommuneKey();
        event.departments().stream().map(Department::key).forEach(key -> retiredByKey.put(key, false));
    }

    @EventSourcingHandler
    void on(DepartmentAddedEvent event) {
        retiredByKey.put(event.departmentKey(), false);
    }

    @EventSourcingHandler
    void on(DepartmentRetiredEvent event) {
        retiredByKey.put(event.departmentKey(), true);
    }
}
