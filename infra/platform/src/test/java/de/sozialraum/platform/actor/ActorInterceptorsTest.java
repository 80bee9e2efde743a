package de.sozialraum.platform.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

class ActorInterceptorsTest {

    private static final Actor HEAD = new Actor("u-7", "Maria Beispiel", "DEPARTMENT_HEAD", "jugendamt", "16053");

    @Test
    void stampsTheCurrentActorOnACommand() {
        CommandMessage<?> stamped = new ActorStampingInterceptor(() -> HEAD)
                .handle(GenericCommandMessage.asCommandMessage("do it"));

        assertThat(ActorMetaData.from(stamped.getMetaData())).contains(HEAD);
    }

    @Test
    void keepsAnActorTheCommandAlreadyNames() {
        Actor system = new Actor("system", "System", "SYSTEM", null, null);
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage("do it").andMetaData(ActorMetaData.of(system));

        CommandMessage<?> stamped = new ActorStampingInterceptor(() -> HEAD).handle(List.of(command)).apply(0, command);

        assertThat(ActorMetaData.from(stamped.getMetaData())).contains(system);
    }

    @Test
    void refusesToHandleACommandWithoutActor() {
        DefaultUnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(
                GenericCommandMessage.asCommandMessage("anonymous").withMetaData(MetaData.emptyInstance()));
        try {
            assertThatThrownBy(() -> new ActorRequiredInterceptor().handle(unitOfWork,
                    new DefaultInterceptorChain<>(unitOfWork, List.of(), message -> "handled")))
                    .hasMessageContaining("carries no actor");
        } finally {
            unitOfWork.rollback();
        }
    }
}
