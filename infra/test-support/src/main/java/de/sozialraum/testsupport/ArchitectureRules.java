package de.sozialraum.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
