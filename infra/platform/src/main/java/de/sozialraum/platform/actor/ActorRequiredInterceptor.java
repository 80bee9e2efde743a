package de.sozialraum.platform.actor;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/** Refuses to handle any command that does not say who sent it: no event without an author. */
public class ActorRequiredInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        if (ActorMetaData.from(command.getMetaData()).isEmpty()) {
            throw new IllegalStateException("Command " + command.getCommandName() + " carries no actor");
        }
        return chain.proceed();
    }
}
