package de.sozialraum.platform.republication;

import java.net.URI;

import de.sozialraum.platform.actor.Access;
import de.sozialraum.platform.actor.CurrentActor;
import de.sozialraum.platform.actor.Role;
import de.sozialraum.platform.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/<service>/republication} — the service's short name in the path ({@code planning},
 * {@code coordination}) lets the gateway route it; administrators only.
 */
@RestController
class RepublicationController {

    static final String PATH = "/api/admin/{service}/republication";

    private final Republication republication;
    private final CurrentActor currentActor;
    private final String serviceName;

    RepublicationController(Republication republication, CurrentActor currentActor, String serviceName) {
        this.republication = republication;
        this.currentActor = currentActor;
        this.serviceName = serviceName;
    }

    @Operation(summary = "Alle Ereignisse des Ereignisspeichers erneut veröffentlichen (Administration)",
            description = "Setzt die Veröffentlichung nach Kafka an den Anfang des Ereignisspeichers zurück; jedes Ereignis "
                    + "erscheint mit seiner Kennung noch einmal auf dem Topic.")
    @PostMapping(PATH)
    ResponseEntity<RepublicationStatus> start(@PathVariable String service) {
        checkAccess(service);
        RepublicationStatus status = republication.start(currentActor.get());
        return ResponseEntity.accepted().location(URI.create(PATH.replace("{service}", serviceName))).body(status);
    }

    @Operation(summary = "Stand der Veröffentlichung (Administration)")
    @GetMapping(PATH)
    RepublicationStatus status(@PathVariable String service) {
        checkAccess(service);
        return republication.status();
    }

    private void checkAccess(String service) {
        if (!serviceName.equals(service)) {
            throw new NotFoundException("not-found", "This is not the " + service + " service", service);
        }
        Access.requireRole(currentActor.get(), "republication-not-permitted", Role.ADMIN);
    }
}
