package kz.dauys.contract.petitions;

import kz.dauys.contract.EventDescriptor;
import kz.dauys.contract.Topics;
import kz.dauys.contract.moderation.ModerationRequest;

/** A petition's author submitted it (or resubmitted it after changes) for moderation. Subject: petition id. */
public record PetitionSubmitted(String petitionId, long number, PetitionAddressee addressee, String topic,
                                ModerationRequest moderation) {

    public static final EventDescriptor<PetitionSubmitted> EVENT =
            EventDescriptor.of("kz.dauys.petitions.petition.submitted.v1", Topics.PETITIONS, PetitionSubmitted.class);
}
