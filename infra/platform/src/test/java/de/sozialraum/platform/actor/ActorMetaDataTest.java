package de.sozialraum.platform.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

class ActorMetaDataTest {

    private static final Actor HEAD = new Actor("leitung-sozialamt", "Miriam Vogt", "DEPARTMENT_HEAD", "sozialamt", "16053");
    private static final Actor SYSTEM = new Actor("system", "Systemkonto", "SYSTEM", null, "16053");

    @Test
    void travelsThereAndBack() {
        assertThat(ActorMetaData.from(ActorMetaData.of(HEAD))).contains(HEAD);
        assertThat(ActorMetaData.from(ActorMetaData.of(SYSTEM))).contains(SYSTEM);
    }

    /**
     * A command sent while an event is handled inherits that event's actor (correlation data) unless it
     * names its own; then none of the event actor's keys may stay — not even the department the own
     * actor has not.
     */
    @Test
    void anActorNamedOnACommandReplacesEveryKeyOfTheActorItWouldInherit() {
        UnitOfWork<?> handling = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("completed")
                .andMetaData(ActorMetaData.of(HEAD)));
        handling.registerCorrelationDataProvider(new SimpleCorrelationDataProvider(ActorMetaData.KEYS.toArray(String[]::new)));
        try {
            CommandMessage<?> inherited = GenericCommandMessage.asCommandMessage("record");
            CommandMessage<?> own = GenericCommandMessage.asCommandMessage("record").andMetaData(ActorMetaData.of(SYSTEM));

            assertThat(ActorMetaData.from(inherited.getMetaData())).contains(HEAD);
            assertThat(ActorMetaData.from(own.getMetaData())).contains(SYSTEM);
        } finally {
            handling.rollback();
        }
    }
}
