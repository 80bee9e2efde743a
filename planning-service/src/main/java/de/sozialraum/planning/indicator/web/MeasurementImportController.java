package de.sozialraum.planning.indicator.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.sozialraum.planning.access.PlanningAccessRules;
import de.sozialraum.planning.indicator.importing.ImportError;
import de.sozialraum.planning.indicator.importing.ImportMode;
import de.sozialraum.planning.indicator.importing.ImportRefusedException;
import de.sozialraum.planning.indicator.importing.ImportStatus;
import de.sozialraum.planning.indicator.importing.ImportStatusView;
import de.sozialraum.planning.indicator.importing.MeasurementImportService;
import de.sozialraum.platform.actor.Actor;
import de.sozialraum.platform.actor.CurrentActor;
import de.sozialraum.platform.problem.NotFoundException;
import de.sozialraum.platform.problem.RuleViolationException;
import de.sozialraum.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Measurement imports of a Kommune: a CSV file (format in docs/api.md) is taken as it streams in,
 * answered with {@code 202 Accepted}, and imported in the background; its status reports progress and
 * the errors per row.
 */
@RestController
@RequestMapping("/api/kommunen/{kommuneKey}/measurement-imports")
class MeasurementImportController {

    private static final String TEXT_CSV = "text/csv";

    private final MeasurementImportService imports;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final Problems problems;

    MeasurementImportController(MeasurementImportService imports, CurrentActor currentActor, MessageSource messages) {
        this.imports = imports;
        this.currentActor = currentActor;
        this.messages = messages;
        this.problems = new Problems(messages);
    }

    record Accepted(String id, ImportStatus status) {
    }

    record Imports(String kommuneKey, List<ImportStatusView> imports) {
    }

    record Errors(String importId, int from, int limit, long total, List<ImportStatusView.ErrorView> errors) {
    }

    @Operation(summary = "Messwerte als CSV importieren (Stabsstelle); Antwort sofort, Import im Hintergrund",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string", format = "binary"))))
    @PostMapping(consumes = TEXT_CSV)
    ResponseEntity<Accepted> upload(@PathVariable String kommuneKey,
                                    @Parameter(description = "Dateiname für Status und Zeitleiste") @RequestParam(required = false) @Size(max = 200) String fileName,
                                    @Parameter(description = "ALL_OR_NOTHING (Standard) oder VALID_ROWS") @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
                                    HttpServletRequest request) throws IOException {
        Actor actor = currentActor.get();
        PlanningAccessRules.changeIndicators(actor, kommuneKey);
        requireUtf8(request.getContentType());
        String id = imports.receive(kommuneKey, actor, request.getInputStream(), fileName == null ? null : fileName.strip(), mode);
        return ResponseEntity.accepted()
                .location(URI.create("/api/kommunen/" + kommuneKey + "/measurement-imports/" + id))
                .body(new Accepted(id, ImportStatus.RECEIVED));
    }

    @Operation(summary = "Die letzten Importe der Kommune, neueste zuerst")
    @GetMapping
    Imports recent(@PathVariable String kommuneKey, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        PlanningAccessRules.readIndicators(currentActor.get(), kommuneKey);
        return new Imports(kommuneKey, imports.recent(kommuneKey, limit));
    }

    @Operation(summary = "Stand eines Imports: Status, Fortschritt, Zähler, erste Fehler")
    @GetMapping("/{importId}")
    ImportStatusView status(@PathVariable String kommuneKey, @PathVariable String importId) {
        return own(kommuneKey, importId);
    }

    @Operation(summary = "Gespeicherte Fehler eines Imports nach Zeile, seitenweise")
    @GetMapping("/{importId}/errors")
    Errors errors(@PathVariable String kommuneKey, @PathVariable String importId,
                  @RequestParam(defaultValue = "0") @Min(0) int from, @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        ImportStatusView status = own(kommuneKey, importId);
        return new Errors(importId, from, limit, status.errorsStored(), imports.errors(importId, from, limit, this::text));
    }

    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ImportRefusedException e) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, "60");
        }
        return response.body(problems.create(status, e.code(), LocaleContextHolder.getLocale(), e.arguments().toArray()));
    }

    /** Another Kommune's import does not exist for the caller, exactly like an unknown id. */
    private ImportStatusView own(String kommuneKey, String importId) {
        Actor actor = currentActor.get();
        PlanningAccessRules.readIndicators(actor, kommuneKey);
        return imports.status(importId, this::text)
                .filter(status -> status.kommuneKey().equals(kommuneKey))
                .orElseThrow(() -> new NotFoundException("import-not-found", "No import " + importId, importId));
    }

    /** The error in the caller's language: {0} is the field's text, {1}… the error's further arguments. */
    private String text(ImportError error) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(error.value() == null ? "" : error.value());
        error.args().forEach(argument -> arguments.add(argument.startsWith("PeriodKind.")
                ? new DefaultMessageSourceResolvable(new String[] {argument}, argument) : argument));
        return messages.getMessage("import-error." + error.code(), arguments.toArray(), error.code(), LocaleContextHolder.getLocale());
    }

    private static void requireUtf8(String contentType) {
        MediaType type = MediaType.parseMediaType(contentType);
        Charset charset = type.getCharset();
        if (charset != null && !StandardCharsets.UTF_8.equals(charset)) {
            throw new RuleViolationException("import-charset-unsupported", "Imports are UTF-8, not " + charset,
                    charset.name().toUpperCase(Locale.ROOT));
        }
    }
}
