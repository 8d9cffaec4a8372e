package kz.dauys.petitions.catalog;

import java.time.Instant;

/**
 * A petition the current user signed, with their signature.
 *
 * @param status {@code valid}, {@code withdrawn} or {@code invalidated}
 */
public record SignedPetition(PetitionSummary petition, String status, Instant signedAt) {
}
