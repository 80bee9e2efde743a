package de.sozialraum.platform.actor;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/**
 * Lets message handlers declare an {@link Actor} parameter: the person from the message's metadata.
 * Aggregates check their access rules with it. Registered for Axon's class-path lookup in
 * {@code META-INF/services}, so it works in the services and in aggregate test fixtures alike.
 */
public class ActorParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Actor> createInstance(Executable executable, Parameter[] parameters, int parameterIndex) {
        return Actor.class.equals(parameters[parameterIndex].getType()) ? new ActorResolver() : null;
    }

    private static final class ActorResolver implements ParameterResolver<Actor> {

        @Override
        public Actor resolveParameterValue(Message<?> message) {
            return ActorMetaData.from(message.getMetaData()).orElseThrow(() ->
                    new IllegalStateException("Message " + message.getIdentifier() + " carries no actor"));
        }

        /** Always: a handler that needs an actor must fail loudly without one, not be skipped. */
        @Override
        public boolean matches(Message<?> message) {
            return true;
        }
    }
}
