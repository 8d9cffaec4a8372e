package kz.dauys.contract.petitions;

import kz.dauys.contract.EventDescriptor;
import kz.dauys.contract.Topics;

import java.time.Instant;

/** Moderation approved a petition: it gathers early backers (reachable by link) and then opens. Subject: petition id. */
public record PetitionPublished(String petitionId, long number, String title, PetitionAddressee addressee, String topic,
                                long threshold, Instant publishedAt) {

    public static final EventDescriptor<PetitionPublished> EVENT =
            EventDescriptor.of("kz.dauys.petitions.petition.published.v1", Topics.PETITIONS, PetitionPublished.class);
}
