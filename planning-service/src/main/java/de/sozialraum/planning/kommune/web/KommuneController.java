package de.sozialraum.planning.kommune.web;

import de.sozialraum.planning.kommune.api.AddDepartmentCommand;
import de.sozialraum.planning.kommune.api.DepartmentType;
import de.sozialraum.planning.kommune.api.KommuneKind;
import de.sozialraum.planning.kommune.api.RegisterKommuneCommand;
import de.sozialraum.planning.kommune.api.RetireDepartmentCommand;
import de.sozialraum.platform.problem.ConflictException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/kommunen")
@Tag(name = "Kommunen", description = "Die Kommunen, die planen, und ihre Fachbereiche und freien Träger. "
        + "Jede Änderung ist ein Ereignis auf der Zeitleiste der Kommune (kommune:<Schlüssel>).")
class KommuneController {

    private final CommandGateway commands;

    KommuneController(CommandGateway commands) {
        this.commands = commands;
    }

    /** A Gemeinde: its 8-digit AGS (the domain checks its form and its Landkreis) and its official name. */
    record RegisterGemeindeRequest(@NotBlank @Size(max = 20) String key, @NotBlank @Size(max = 120) String name) {
    }

    /** An own Amt or Fachbereich ({@code AMT}) or an external provider ({@code FREIER_TRAEGER}). */
    record AddDepartmentRequest(@NotBlank @Size(max = 100) String key, @NotBlank @Size(max = 120) String name,
                                @NotNull DepartmentType type) {
    }

    record RetireDepartmentRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record Registered(String key) {
    }

    record DepartmentChanged(String kommuneKey, String key) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Gemeinde registrieren (Administration)",
            description = "Weitere Kommunen sind Gemeinden eines registrierten Landkreises, mit 8-stelligem AGS. "
                    + "Sie beginnen mit dem Standardkatalog der Fachbereiche. 409 kommune-exists, 422 kommune-key-invalid, "
                    + "422 kommune-landkreis-unknown.")
    Registered register(@Valid @RequestBody RegisterGemeindeRequest request) {
        String key = request.key().strip();
        try {
            commands.sendAndWait(new RegisterKommuneCommand(key, request.name(), KommuneKind.GEMEINDE));
        } catch (AggregateStreamCreationException e) {
            // the event store holds one stream per key: this one has its registration already
            throw new ConflictException("kommune-exists", "Kommune " + key + " is registered already", key);
        }
        return new Registered(key);
    }

    @PostMapping("/{kommuneKey}/departments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Fachbereich oder freien Träger aufnehmen (Stabsstelle der Kommune, Administration)",
            description = "Der Schlüssel ist ein Kürzel aus Kleinbuchstaben, Ziffern und Bindestrichen (2–40 Zeichen) und bleibt für immer "
                    + "vergeben, auch nach der Auflösung. 409 department-exists, 422 department-key-invalid.")
    DepartmentChanged addDepartment(@PathVariable String kommuneKey, @Valid @RequestBody AddDepartmentRequest request) {
        commands.sendAndWait(new AddDepartmentCommand(kommuneKey, request.key().strip(), request.name(), request.type()));
        return new DepartmentChanged(kommuneKey, request.key().strip());
    }

    @PostMapping("/{kommuneKey}/departments/{departmentKey}/retire")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Fachbereich auflösen (Stabsstelle der Kommune, Administration)",
            description = "Nichts wird gelöscht: bestehende Ziele und Aufträge bleiben, aber der Fachbereich führt kein neues Ziel "
                    + "und erhält keinen neuen Auftrag. 404 department-not-found, 409 department-retired.")
    DepartmentChanged retireDepartment(@PathVariable String kommuneKey, @PathVariable String departmentKey,
                                       @Valid @RequestBody RetireDepartmentRequest request) {
        commands.sendAndWait(new RetireDepartmentCommand(kommuneKey, departmentKey, request.reason()));
        return new DepartmentChanged(kommuneKey, departmentKey);
    }
}
