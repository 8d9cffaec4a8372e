package kz.dauys.contract.petitions;

import kz.dauys.contract.EventDescriptor;
import kz.dauys.contract.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A petition reached its signature threshold and is now under consideration by its addressee.
 * The assembly service puts it on the addressee's agenda; the ombudsman service takes it when its
 * topic concerns human rights. Subject: petition id.
 */
public record PetitionThresholdReached(String petitionId, long number, String title, String summary,
                                       PetitionAddressee addressee, String topic, long signatures, long threshold,
                                       Instant reachedAt, LocalDate answerDueOn, String link) {

    public static final EventDescriptor<PetitionThresholdReached> EVENT =
            EventDescriptor.of("kz.dauys.petitions.petition.threshold_reached.v1", Topics.PETITIONS, PetitionThresholdReached.class);
}
