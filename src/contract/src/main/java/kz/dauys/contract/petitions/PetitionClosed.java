package kz.dauys.contract.petitions;

import kz.dauys.contract.EventDescriptor;
import kz.dauys.contract.Topics;

import java.time.Instant;

/**
 * A petition left the active lifecycle. {@code state}: {@code closed}, {@code closed_unsuccessful},
 * {@code withdrawn}, {@code rejected} or {@code hidden}. Subject: petition id.
 */
public record PetitionClosed(String petitionId, long number, String state, long signatures, Instant closedAt) {

    public static final EventDescriptor<PetitionClosed> EVENT =
            EventDescriptor.of("kz.dauys.petitions.petition.closed.v1", Topics.PETITIONS, PetitionClosed.class);
}
