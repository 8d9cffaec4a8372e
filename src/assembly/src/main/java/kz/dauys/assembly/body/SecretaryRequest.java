package kz.dauys.assembly.body;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Names the official (Keycloak username) who acts as a body's secretary. */
public record SecretaryRequest(@NotBlank @Size(max = 100) String username) {
}
