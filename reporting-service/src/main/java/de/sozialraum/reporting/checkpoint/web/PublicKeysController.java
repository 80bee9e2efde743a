package de.sozialraum.reporting.checkpoint.web;

import java.util.List;

import de.sozialraum.reporting.checkpoint.CheckpointKeys;
import de.sozialraum.reporting.checkpoint.api.PublishedKey;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public keys checkpoints are verified with. Public material, read by every signed-in role (docs/security.md); an
 * auditor keeps them apart from the server to verify exported bundles later.
 */
@RestController
class PublicKeysController {

    private final CheckpointKeys keys;

    PublicKeysController(CheckpointKeys keys) {
        this.keys = keys;
    }

    @Operation(summary = "Öffentliche Schlüssel der signierten Prüfpunkte",
            description = "Alle Schlüssel, mit denen Prüfpunkte der Zeitleisten geprüft werden: der aktuelle (current) und frühere. "
                    + "Ed25519, Base64 der X.509-Form (SubjectPublicKeyInfo, DER). Leer, wenn kein Signaturschlüssel eingerichtet ist.")
    @GetMapping("/api/audit/public-keys")
    List<PublishedKey> publicKeys() {
        return keys.published();
    }
}
