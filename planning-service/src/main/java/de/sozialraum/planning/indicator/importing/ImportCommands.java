package de.sozialraum.planning.indicator.importing;

import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.ActorMetaData;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** Sends an import's commands as the person who started it, from the worker thread that has no request. */
class ImportCommands {

    private final CommandGateway gateway;

    ImportCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    void send(Object command, Actor actor) {
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ActorMetaData.of(actor)));
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
