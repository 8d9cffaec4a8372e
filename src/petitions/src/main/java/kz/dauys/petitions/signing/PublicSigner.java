package kz.dauys.petitions.signing;

import java.time.Instant;

/** One line of a petition's public list of signers: a first name with the surname's initial, the region and the time. */
public record PublicSigner(String name, String region, Instant signedAt) {
}
