package de.sozialraum.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Architecture rules every service checks with ArchUnit. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /**
     * Aggregates, domain types and messages stay plain Java plus Axon: no Spring, no MongoDB, no Kafka,
     * no CloudEvents. Wiring, persistence and messaging live in their own packages.
     */
    public static ArchRule domainAndMessagesAreFreeOfInfrastructure() {
        return noClasses().that().resideInAnyPackage("..domain..", "..api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..", "io.cloudevents..")
                .because("the domain decides; infrastructure around it may change (docs/architecture.md)");
    }

    /**
     * Every event a service records is published, so it must name its timeline and Kommune
     * ({@code TimelineEvent} for a Sozialraum's, {@code KommuneEvent} for a Kommune's) and its contract type ({@code @PublishedAs}); otherwise the publisher would
     * stop on it rather than skip it.
     */
    public static ArchRule eventsFollowThePublishedContract() {
        return classes().that().resideInAPackage("..api..").and().haveSimpleNameEndingWith("Event")
                .should().beAssignableTo("de.sozialraum.platform.publication.PublishedEvent")
                .andShould().beAnnotatedWith("de.sozialraum.platform.publication.PublishedAs")
                .allowEmptyShould(true)
                .because("the event catalogue (docs/events.md) is the contract between services");
    }

    /**
     * Every aggregate reads only its own type's events. Aggregate ids are unique across types, but a path id
     * of another type (a Kommune key sent as a Sozialraum id) would otherwise load a foreign stream and fail
     * with a 500; filtered, it is an unknown id: 404, the same answer as for any unknown id.
     */
    public static ArchRule aggregatesReadOnlyTheirOwnEvents() {
        return classes().that().areAnnotatedWith("org.axonframework.spring.stereotype.Aggregate")
                .should(new ArchCondition<JavaClass>("filter their event stream by type (@Aggregate(filterEventsByType = true))") {
                    @Override
                    public void check(JavaClass aggregate, ConditionEvents events) {
                        boolean filtered = aggregate.getAnnotations().stream()
                                .filter(annotation -> annotation.getRawType().getName().equals("org.axonframework.spring.stereotype.Aggregate"))
                                .anyMatch(annotation -> Boolean.TRUE.equals(annotation.get("filterEventsByType").orElse(false)));
                        if (!filtered) {
                            events.add(SimpleConditionEvent.violated(aggregate, aggregate.getName() + " reads foreign event streams"));
                        }
                    }
                })
                .allowEmptyShould(true)
                .because("an id of another aggregate type must answer like an unknown id, not with a 500");
    }

    /**
     * Every command handler takes the {@code Actor}: who acts is part of every decision, and the
     * handler checks the service's access rules with it (docs/security.md).
     */
    public static ArchRule commandHandlersKnowTheActor() {
        return codeUnits().that().areAnnotatedWith("org.axonframework.commandhandling.CommandHandler")
                .should(new ArchCondition<JavaCodeUnit>("take the acting person (de.sozialraum.platform.actor.Actor) as a parameter") {
                    @Override
                    public void check(JavaCodeUnit handler, ConditionEvents events) {
                        boolean takesActor = handler.getRawParameterTypes().stream()
                                .anyMatch(type -> type.getName().equals("de.sozialraum.platform.actor.Actor"));
                        if (!takesActor) {
                            events.add(SimpleConditionEvent.violated(handler, handler.getFullName() + " does not take the Actor"));
                        }
                    }
                })
                .allowEmptyShould(true)
                .because("every decision names its author, and the access rules need the actor at hand (that they are called is "
                        + "shown by the fixture tests and the authorisation matrix)");
    }
}
