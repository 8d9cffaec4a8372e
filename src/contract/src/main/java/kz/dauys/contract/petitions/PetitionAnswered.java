package kz.dauys.contract.petitions;

import kz.dauys.contract.EventDescriptor;
import kz.dauys.contract.Topics;

import java.time.Instant;

/** The addressee published its answer to a petition. Subject: petition id. */
public record PetitionAnswered(String petitionId, long number, String title, PetitionAddressee addressee, String topic,
                               String answer, boolean overdue, Instant answeredAt, String link) {

    public static final EventDescriptor<PetitionAnswered> EVENT =
            EventDescriptor.of("kz.dauys.petitions.petition.answered.v1", Topics.PETITIONS, PetitionAnswered.class);
}
