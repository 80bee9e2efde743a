package de.sozialraum.coordination.assignment.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import de.sozialraum.platform.actor.ActorMetaData;
import de.sozialraum.platform.actor.SystemActorProperties;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/**
 * Fires the deadlines that have come, every {@code poll-interval}, as the system acting for the assignment's
 * Kommune. Each deadline is claimed atomically first, so with several instances one of them fires it; a claim
 * whose instance died or whose command failed expires, and the deadline fires in a later round. The assignment
 * records each deadline once, whatever reaches it twice. The first round runs when the service is ready: what
 * came while it was down fires then.
 */
public class DeadlinePoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeadlinePoller.class);

    private final MongoDeadlineSchedule schedule;
    private final CommandGateway commands;
    private final SystemActorProperties system;
    private final DeadlineProperties properties;
    private final Clock clock;
    private final String owner;
    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "assignment-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    DeadlinePoller(MongoDeadlineSchedule schedule, CommandGateway commands, SystemActorProperties system, DeadlineProperties properties,
                   Clock clock, String owner) {
        this.schedule = schedule;
        this.commands = commands;
        this.system = system;
        this.properties = properties;
        this.clock = clock;
        this.owner = owner;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        rounds.scheduleWithFixedDelay(this::roundLogged, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void start() {
        // rounds start when the service is ready
    }

    @Override
    public boolean isRunning() {
        return !rounds.isShutdown();
    }

    /** Lets a batch in progress finish, then stops; what it has not fired stays claimed until the claim expires. */
    @Override
    public void stop() {
        rounds.shutdown();
        try {
            if (!rounds.awaitTermination(10, TimeUnit.SECONDS)) {
                rounds.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** Fires up to {@code batch-size} deadlines that have come; answers how many it took. */
    public int poll() {
        int taken = 0;
        while (taken < properties.batchSize()) {
            Instant now = clock.instant();
            Optional<Deadline> next = schedule.claimNext(owner, now, now.plus(properties.claimTimeout()));
            if (next.isEmpty()) {
                break;
            }
            taken++;
            fire(next.get(), now);
        }
        return taken;
    }

    private void fire(Deadline deadline, Instant now) {
        if (deadline.isStaleAt(now)) {
            log.info("Dropping the {}-day reminder of assignment {} (due {}): a later deadline has come meanwhile",
                    deadline.daysBefore(), deadline.assignmentId(), deadline.dueDate());
            schedule.done(deadline, owner);
            return;
        }
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(deadline.command())
                    .andMetaData(ActorMetaData.of(system.forKommune(deadline.kommuneKey()))));
            schedule.done(deadline, owner);
        } catch (RuntimeException e) {
            log.warn("Deadline {} did not fire; it is tried again once its claim expires ({})", deadline.id(), properties.claimTimeout(), e);
        }
    }

    private void roundLogged() {
        try {
            while (!rounds.isShutdown() && poll() == properties.batchSize()) {
                log.debug("A full batch of deadlines fired; going on at once");
            }
        } catch (RuntimeException e) {
            log.warn("Looking for deadlines failed; trying again in {}", properties.pollInterval(), e);
        }
    }
}
