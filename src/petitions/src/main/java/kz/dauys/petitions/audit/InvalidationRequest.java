package kz.dauys.petitions.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * Which signatures of a petition to invalidate: every valid one matching all the given criteria.
 *
 * @param from signed at or after (inclusive)
 * @param to signed before (exclusive)
 * @param clientHash the hashed client address, as the audit lists it
 * @param userAgentFamily the user agent family, as the audit lists it
 * @param reason why; recorded and shown in the public history
 */
public record InvalidationRequest(Instant from, Instant to, @Pattern(regexp = "[0-9a-f]{32}") String clientHash,
                                  @Size(max = 32) String userAgentFamily, @NotBlank @Size(max = 500) String reason) {
}
