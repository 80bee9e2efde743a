package de.sozialraum.planning.needindex.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.planning.domain.Texts;
import de.sozialraum.planning.indicator.domain.IndicatorCatalogue;
import de.sozialraum.planning.needindex.api.DefineNeedIndexCommand;
import de.sozialraum.planning.needindex.api.NeedIndexComponent;
import de.sozialraum.planning.needindex.api.NeedIndexDefinedEvent;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * How a Kommune computes its need index (Bedarfsindex): which indicators of its catalogue, with which
 * weights. One per Kommune, versioned; the computation itself is documented in docs/glossary.md and
 * done by the query side from the latest measurements.
 */
@Aggregate
public class NeedIndexMethod {

    static final int MAX_COMPONENTS = 10;
    static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);

    @AggregateIdentifier
    private String methodId;
    private int version;
    private List<NeedIndexComponent> components = List.of();

    protected NeedIndexMethod() {
        // Axon needs it to rebuild the aggregate from its events.
    }

    /** Returns the version the method now has (unchanged when the same method is defined again). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(DefineNeedIndexCommand command, Actor actor, IndicatorCatalogue indicators) {
        PlanningAccessRules.defineNeedIndex(actor, command.kommuneKey());
        List<NeedIndexComponent> wanted = command.components() == null ? List.of() : List.copyOf(command.components());
        if (wanted.isEmpty() || wanted.size() > MAX_COMPONENTS) {
            throw new RuleViolationException("need-index-components", "A need index takes 1 to " + MAX_COMPONENTS + " indicators",
                    MAX_COMPONENTS);
        }
        Set<String> codes = new HashSet<>();
        for (NeedIndexComponent component : wanted) {
            if (component.indicatorCode() == null || !codes.add(component.indicatorCode())) {
                throw new RuleViolationException("need-index-indicator-twice",
                        "Indicator " + component.indicatorCode() + " is named twice or not at all", String.valueOf(component.indicatorCode()));
            }
            if (component.weight() == null || component.weight().signum() <= 0 || component.weight().compareTo(MAX_WEIGHT) > 0) {
                throw new RuleViolationException("need-index-weight", "Weight of " + component.indicatorCode()
                        + " must be above 0 and at most 100", component.indicatorCode());
            }
            if (indicators.find(command.kommuneKey(), component.indicatorCode()).isEmpty()) {
                throw new RuleViolationException("indicator-unknown", "Indicator " + component.indicatorCode()
                        + " is not in the catalogue of " + command.kommuneKey(), component.indicatorCode());
            }
        }
        String reason = Texts.reason(command.reason());
        if (weights(wanted).equals(weights(components))) {
            return version; // the same method again (in any order, 2 or 2.0) changes nothing and records nothing
        }
        apply(new NeedIndexDefinedEvent(command.kommuneKey(), version + 1, wanted, reason));
        return version;
    }

    /** What a method means: each indicator's weight, whatever the order and the scale of the numbers. */
    private static Map<String, BigDecimal> weights(List<NeedIndexComponent> components) {
        return components.stream().collect(Collectors.toMap(NeedIndexComponent::indicatorCode,
                component -> component.weight().stripTrailingZeros()));
    }

    @EventSourcingHandler
    void on(NeedIndexDefinedEvent event) {
        methodId = NeedIndexDefinedEvent.methodId(event.kommuneKey());
        version = event.version();
        components = event.components();
    }
}
