package de.sozialraum.planning.kommune.seed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import de.sozialraum.planning.kommune.api.RegisterKommuneCommand;
import de.sozialraum.planning.kommune.query.MongoKommuneViews;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.ActorMetaData;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Registers every Kommune of the reference list that is not registered yet, as the system actor, and
 * waits until the registry's view shows them all — after Axon has started and before the web server
 * opens its port, so that no request ever meets a registry without its Kommunen (docs/operations.md).
 * Idempotent on every start; when two instances start at once, the event store keeps one registration
 * per key and the other instance's attempt is refused with {@link AggregateStreamCreationException}.
 */
public class KommuneSeeding implements SmartLifecycle {

    /** Between Axon's start (its processors run) and the web server's. */
    static final int PHASE = SpringAxonConfiguration.LIFECYCLE_PHASE
            + (WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - SpringAxonConfiguration.LIFECYCLE_PHASE) / 2;
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Logger log = LoggerFactory.getLogger(KommuneSeeding.class);

    private final List<ReferenceKommunen.Entry> reference;
    private final Set<String> referenceKeys;
    private final MongoKommuneViews views;
    private final CommandGateway commands;
    private final Actor system;
    private final Duration timeout;
    private volatile boolean running;

    public KommuneSeeding(ReferenceKommunen reference, MongoKommuneViews views, CommandGateway commands, Actor system, Duration timeout) {
        this.reference = reference.all();
        this.referenceKeys = this.reference.stream().map(ReferenceKommunen.Entry::key).collect(Collectors.toUnmodifiableSet());
        this.views = views;
        this.commands = commands;
        this.system = system;
        this.timeout = timeout;
    }

    @Override
    public void start() {
        Set<String> registered = views.keys();
        List<ReferenceKommunen.Entry> missing = reference.stream().filter(entry -> !registered.contains(entry.key())).toList();
        missing.forEach(this::register);
        awaitVisible();
        if (!missing.isEmpty()) {
            log.info("Registered {} of {} reference Kommunen", missing.size(), reference.size());
        }
        running = true;
    }

    private void register(ReferenceKommunen.Entry entry) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterKommuneCommand(entry.key(), entry.name(), entry.kind()))
                    .andMetaData(ActorMetaData.of(system)));
        } catch (AggregateStreamCreationException e) {
            log.info("Kommune {} was registered meanwhile (another instance, or the view has not caught up yet)", entry.key());
        }
    }

    /** The view follows the event store within moments; a tracking processor that stays behind fails the start. */
    private void awaitVisible() {
        Instant deadline = Instant.now().plus(timeout);
        while (!views.keys().containsAll(referenceKeys)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The reference Kommunen were not visible in kommune_views after " + timeout
                        + "; is the event processor kommune-views running? (sozialraum.kommunen.seeding-timeout)");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the reference Kommunen", e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
