package de.sozialraum.platform.actor;

import java.util.List;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/** Stamps the current actor on every command when it is sent, on the sender's thread. */
public class ActorStampingInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final CurrentActor currentActor;

    public ActorStampingInterceptor(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.getMetaData().containsKey(ActorMetaData.ID)
                ? command
                : command.andMetaData(ActorMetaData.of(currentActor.get()));
    }
}
