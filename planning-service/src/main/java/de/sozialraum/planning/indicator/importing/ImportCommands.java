package de.sozialraum.planning.indicator.importing;

import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.ActorMetaData;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Sends an import's commands as the person who started it, from a worker thread that has no request.
 * The import's id is their trace id, so every event of one import carries it as its correlation id.
 */
class ImportCommands {

    /** Axon's metadata key for the root of a chain of messages (the CloudEvents {@code correlationid}). */
    static final String TRACE_ID = "traceId";

    private final CommandGateway gateway;

    ImportCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    void send(Object command, Actor actor, String importId) {
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(ActorMetaData.of(actor).and(TRACE_ID, importId)));
    }

    /** The refusal behind a failed command, however the command bus wrapped it. */
    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CommandExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
