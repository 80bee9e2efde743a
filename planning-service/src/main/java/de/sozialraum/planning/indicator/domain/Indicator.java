package de.sozialraum.planning.indicator.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.planning.indicator.api.DefineIndicatorCommand;
import de.sozialraum.planning.indicator.api.IndicatorDefinedEvent;
import de.sozialraum.planning.indicator.api.IndicatorIds;
import de.sozialraum.planning.indicator.api.IndicatorRevisedEvent;
import de.sozialraum.planning.indicator.api.IndicatorSpec;
import de.sozialraum.planning.indicator.api.ReviseIndicatorCommand;
import de.sozialraum.planning.kommune.KommuneDirectory;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.problem.ConflictException;
import de.sozialraum.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An indicator of a Kommune's catalogue, identified by its code within the Kommune. Name, source and
 * category may be revised; unit and polarity give the recorded values their meaning (and goals their
 * direction), so they never change: a different unit or direction is a new indicator.
 */
@Aggregate
public class Indicator {

    static final int NAME_MAX = 120;
    static final int UNIT_MAX = 40;
    static final int SOURCE_MAX = 300;

    @AggregateIdentifier
    private String indicatorId;
    private String kommuneKey;
    private String code;
    private IndicatorSpec spec;
    private int revisions;

    protected Indicator() {
        // Axon needs it to rebuild the aggregate from its events (and to create it if missing).
    }

    /** A code is defined once per Kommune: the aggregate of that code exists afterwards, so a second definition is refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DefineIndicatorCommand command, KommuneDirectory kommunen, Actor actor) {
        PlanningAccessRules.changeIndicators(actor, command.kommuneKey());
        if (!kommunen.exists(command.kommuneKey())) {
            throw new RuleViolationException("kommune-unknown", "Kommune " + command.kommuneKey() + " is unknown", command.kommuneKey());
        }
        if (indicatorId != null) {
            throw new ConflictException("indicator-exists", "Indicator " + command.code() + " exists already", command.code());
        }
        if (!IndicatorIds.isCode(command.code())) {
            throw new RuleViolationException("indicator-code-invalid", "Not an indicator code: " + command.code(), command.code());
        }
        apply(IndicatorDefinedEvent.of(command.kommuneKey(), command.code(), sound(command.spec())));
    }

    @CommandHandler
    public void handle(ReviseIndicatorCommand command, Actor actor) {
        PlanningAccessRules.changeIndicators(actor, kommuneKey);
        IndicatorSpec revised = sound(command.spec());
        if (!revised.unit().equals(spec.unit()) || revised.polarity() != spec.polarity()) {
            throw new IndicatorMeaningFixedException(code, spec);
        }
        if (!revised.equals(spec)) { // the same text again changes nothing and records nothing
            apply(IndicatorRevisedEvent.of(kommuneKey, code, revised, revisions + 1));
        }
    }

    private static IndicatorSpec sound(IndicatorSpec spec) {
        if (spec == null || spec.polarity() == null || spec.category() == null) {
            throw new RuleViolationException("indicator-incomplete", "An indicator needs name, unit, polarity, category and source");
        }
        return new IndicatorSpec(text(spec.name(), NAME_MAX), text(spec.unit(), UNIT_MAX), spec.polarity(), spec.category(),
                text(spec.source(), SOURCE_MAX));
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new RuleViolationException("indicator-incomplete", "An indicator needs name, unit, polarity, category and source");
        }
        return value.strip();
    }

    @EventSourcingHandler
    void on(IndicatorDefinedEvent event) {
        indicatorId = IndicatorIds.indicator(event.kommuneKey(), event.code());
        kommuneKey = event.kommuneKey();
        code = event.code();
        spec = new IndicatorSpec(event.name(), event.unit(), event.polarity(), event.category(), event.source());
    }

    @EventSourcingHandler
    void on(IndicatorRevisedEvent event) {
        spec = new IndicatorSpec(event.name(), event.unit(), event.polarity(), event.category(), event.source());
        revisions = event.revision();
    }
}
