package de.sozialraum.planning.kommune.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import de.sozialraum.planning.kommune.api.KommuneKind;
import de.sozialraum.planning.kommune.api.RegisterKommuneCommand;
import de.sozialraum.planning.kommune.query.MongoKommuneViews;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.ActorMetaData;
import de.sozialraum.platform.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.ArgumentMatcher;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

class KommuneSeedingTest {

    private static final Actor SYSTEM = new Actor("system", "Systemkonto (ohne Anmeldung)", "SYSTEM", null, null);
    private static final ReferenceKommunen THUERINGEN = ReferenceKommunen.thueringen();
    private static final Set<String> ALL = THUERINGEN.all().stream().map(ReferenceKommunen.Entry::key).collect(Collectors.toSet());

    private final MongoKommuneViews views = mock(MongoKommuneViews.class);
    private final CommandGateway commands = mock(CommandGateway.class);
    private final KommuneSeeding seeding = new KommuneSeeding(THUERINGEN, views, commands, SYSTEM, Duration.ofSeconds(5));

    @Test
    void registersOnlyTheMissingKommunenAsTheSystemAndWaitsUntilTheViewShowsAll() {
        when(views.keys()).thenReturn(Set.of("16053"), Set.of("16053"), ALL);

        seeding.start();

        ArgumentCaptor<CommandMessage<?>> sent = ArgumentCaptor.captor();
        verify(commands, times(21)).sendAndWait(sent.capture());
        assertThat(sent.getAllValues()).extracting(command -> ((RegisterKommuneCommand) command.getPayload()).kommuneKey())
                .doesNotContain("16053").contains("16052", "16077");
        assertThat(sent.getAllValues()).allSatisfy(command -> assertThat(ActorMetaData.from(command.getMetaData())).hasValue(SYSTEM));
        assertThat(sent.getAllValues()).extracting(command -> (RegisterKommuneCommand) command.getPayload())
                .contains(new RegisterKommuneCommand("16061", "Eichsfeld", KommuneKind.LANDKREIS));
        assertThat(seeding.isRunning()).isTrue();
    }

    @Test
    void aKommuneAnotherInstanceRegisteredMeanwhileIsNoError() {
        when(views.keys()).thenReturn(Set.of(), ALL);
        doThrow(new AggregateStreamCreationException("taken")).when(commands).sendAndWait(argThat(isRegistrationOf("16052")));

        seeding.start();

        verify(commands, times(22)).sendAndWait(any());
        assertThat(seeding.isRunning()).isTrue();
    }

    @Test
    void anyOtherRefusalFailsTheStart() {
        when(views.keys()).thenReturn(Set.of());
        doThrow(new RuleViolationException("kommune-key-invalid", "bad key")).when(commands).sendAndWait(argThat(isRegistrationOf("16052")));

        assertThatThrownBy(seeding::start).isInstanceOf(RuleViolationException.class);
        assertThat(seeding.isRunning()).isFalse();
    }

    @Test
    void aViewThatStaysBehindFailsTheStartAfterTheTimeout() {
        when(views.keys()).thenReturn(ALL.stream().filter(key -> !key.equals("16077")).collect(Collectors.toSet()));
        KommuneSeeding impatient = new KommuneSeeding(THUERINGEN, views, commands, SYSTEM, Duration.ofMillis(200));

        assertThatThrownBy(impatient::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("kommune-views");
    }

    @Test
    void runsAfterAxonHasStartedAndBeforeTheWebServerOpensItsPort() {
        assertThat(seeding.getPhase())
                .isGreaterThan(SpringAxonConfiguration.LIFECYCLE_PHASE)
                .isLessThan(WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE);
    }

    private static ArgumentMatcher<Object> isRegistrationOf(String key) {
        return command -> command instanceof CommandMessage<?> message && message.getPayload() instanceof RegisterKommuneCommand register
                && register.kommuneKey().equals(key);
    }
}
