package de.sozialraum.planning.indicator.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.problem.ForbiddenException;
import de.sozialraum.platform.problem.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class MeasurementImportServiceTest {

    private static final Actor STABSSTELLE = new Actor("stabsstelle", "Sabine Brandt", "STABSSTELLE", null, "16053");

    @TempDir
    Path uploads;

    private final MeasurementImports imports = mock(MeasurementImports.class);
    private final MeasurementImportRunner runner = mock(MeasurementImportRunner.class);
    private final CountDownLatch release = new CountDownLatch(1);
    private MeasurementImportService service;

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void anUploadIsStreamedToAFileRecordedAsReceivedAndHandedToAWorker() throws Exception {
        service = service(DataSize.ofKilobytes(1), 2);
        CountDownLatch ran = new CountDownLatch(1);
        doAnswer(invocation -> {
            ImportRun run = invocation.getArgument(0);
            assertThat(Files.readString(run.file)).isEqualTo("sozialraum;indikator;zeitraum;wert\n");
            ran.countDown();
            return null;
        }).when(runner).run(any());

        String id = service.receive("16053", STABSSTELLE, body("sozialraum;indikator;zeitraum;wert\n"), "werte.csv", ImportMode.ALL_OR_NOTHING);

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        verify(imports).received(any(), any(), any());
        assertThat(id).hasSize(36);
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWhileItArrivesAndNothingIsKept() throws Exception {
        service = service(DataSize.ofBytes(100), 2);

        assertThatThrownBy(() -> service.receive("16053", STABSSTELLE, body("x".repeat(1_000)), null, ImportMode.ALL_OR_NOTHING))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.code()).isEqualTo("import-too-large");
                });
        try (var files = Files.list(uploads)) {
            assertThat(files).isEmpty();
        }
        verify(imports, never()).received(any(), any(), any());
    }

    @Test
    void whenTheQueueIsFullTheUploadIsRefusedBeforeItIsRead() throws Exception {
        service = service(DataSize.ofKilobytes(1), 1);
        doAnswer(invocation -> release.await(10, TimeUnit.SECONDS)).when(runner).run(any());
        service.receive("16053", STABSSTELLE, body("a"), null, ImportMode.ALL_OR_NOTHING); // runs
        service.receive("16053", STABSSTELLE, body("b"), null, ImportMode.ALL_OR_NOTHING); // waits

        assertThatThrownBy(() -> service.receive("16053", STABSSTELLE, unreadable(), null, ImportMode.ALL_OR_NOTHING))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.status()).isEqualTo(503));
    }

    @Test
    void onlyTheStabsstelleOfTheKommuneMayUploadAndTheBodyIsNotReadOtherwise() throws Exception {
        service = service(DataSize.ofKilobytes(1), 1);

        assertThatThrownBy(() -> service.receive("16053", new Actor("pruefung", "Prüfung", "AUDITOR", null, "16053"), unreadable(), null,
                ImportMode.ALL_OR_NOTHING)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.receive("16052", STABSSTELLE, unreadable(), null, ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(NotFoundException.class);
        verifyNoInteractions(imports);
    }

    private MeasurementImportService service(DataSize maxSize, int queueCapacity) throws Exception {
        MeasurementImportProperties properties = new MeasurementImportProperties(uploads, maxSize, 200_000, 4096, 1000, 500, 1000, 20,
                10_000, 1, queueCapacity, Duration.ofSeconds(10), Duration.ofSeconds(60),
                Duration.ofMillis(500));
        return new MeasurementImportService(imports, runner, properties, Clock.systemUTC());
    }

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream unreadable() {
        return new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };
    }
}
