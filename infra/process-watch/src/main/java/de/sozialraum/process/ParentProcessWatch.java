package de.sozialraum.process;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * When the local stack launcher starts a service, it passes its own process id. Should the launcher
 * die without stopping its children (e.g. {@code kill -9}), the service shuts itself down, so that
 * nothing is left running.
 */
@AutoConfiguration
@ConditionalOnProperty("sozialraum.parent-pid")
public class ParentProcessWatch implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ParentProcessWatch.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        long parentPid = Long.parseLong(context.getEnvironment().getRequiredProperty("sozialraum.parent-pid"));
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> stop(context, parentPid)),
                () -> stop(context, parentPid));
    }

    private static void stop(ConfigurableApplicationContext context, long parentPid) {
        log.warn("Launcher process {} is gone; shutting down", parentPid);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
