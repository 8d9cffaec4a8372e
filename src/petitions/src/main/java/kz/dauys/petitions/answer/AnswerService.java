package kz.dauys.petitions.answer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import kz.dauys.contract.LocalizedText;
import kz.dauys.petitions.TimeSource;
import kz.dauys.petitions.petition.Petition;
import kz.dauys.petitions.petition.PetitionEvents;
import kz.dauys.petitions.petition.PetitionLifecycle;
import kz.dauys.petitions.petition.PetitionState;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the addressee's officials do: record the public discussion and publish the answer. An official
 * acts only for petitions to the bodies of their own territory (the {@code territory} claim); central
 * petitions are answered by officials whose claim is the central one.
 */
@ApplicationScoped
public class AnswerService {

    private final PetitionLifecycle lifecycle;
    private final PetitionEvents events;
    private final TimeSource time;
    private final String centralClaim;

    AnswerService(PetitionLifecycle lifecycle, PetitionEvents events, TimeSource time,
                  kz.dauys.petitions.PetitionsConfig config) {
        this.lifecycle = lifecycle;
        this.events = events;
        this.time = time;
        this.centralClaim = config.centralOfficialTerritory();
    }

    @Transactional
    public Petition recordDiscussion(CurrentUser official, UUID id, LocalDate heldOn, String place, String note) {
        Petition petition = addressedTo(official, id);
        if (petition.state != PetitionState.UNDER_CONSIDERATION && petition.state != PetitionState.ANSWERED) {
            throw ProblemException.unprocessable("not-under-consideration", "Only a petition under consideration is discussed.");
        }
        if (petition.thresholdReachedAt != null && heldOn.isBefore(time.dateOf(petition.thresholdReachedAt))) {
            throw ProblemException.invalidField("heldOn", "the discussion cannot precede the threshold");
        }
        petition.discussionOn = heldOn;
        petition.discussionPlace = place.strip();
        petition.discussionNote = note == null || note.isBlank() ? null : note.strip();
        petition.updatedAt = time.now();
        lifecycle.note(petition, "discussion_recorded", "addressee", heldOn + ", " + petition.discussionPlace);
        return petition;
    }

    @Transactional
    public Petition answer(CurrentUser official, UUID id, LocalizedText text) {
        Petition petition = addressedTo(official, id);
        if (petition.state != PetitionState.UNDER_CONSIDERATION) {
            throw ProblemException.unprocessable("not-under-consideration",
                    "Only a petition under consideration can be answered; this one is " + petition.state.code() + ".");
        }
        petition.answerKk = blankToNull(text.kk());
        petition.answerRu = blankToNull(text.ru());
        petition.answerEn = blankToNull(text.en());
        petition.answeredAt = time.now();
        petition.answeredBy = official.publicDisplayName();
        petition.answerOverdue = petition.answerDueOn != null && time.today().isAfter(petition.answerDueOn);
        lifecycle.move(petition, PetitionState.ANSWERED, "answered", "addressee", petition.answerOverdue ? "overdue" : null);
        events.answered(petition);
        return petition;
    }

    @Transactional
    public List<Petition> awaiting(CurrentUser official) {
        requireOfficial(official);
        String territory = official.territory().orElse("");
        return centralClaim.equals(territory)
                ? Petition.list("addresseeLevel = ?1 and state in ?2 order by answerDueOn",
                        kz.dauys.petitions.addressee.AddresseeLevel.CENTRAL, List.of(PetitionState.UNDER_CONSIDERATION, PetitionState.ANSWERED))
                : Petition.list("addresseeTerritory = ?1 and state in ?2 order by answerDueOn",
                        territory, List.of(PetitionState.UNDER_CONSIDERATION, PetitionState.ANSWERED));
    }

    private Petition addressedTo(CurrentUser official, UUID id) {
        requireOfficial(official);
        Petition petition = Petition.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (petition == null || !PetitionState.PUBLIC.contains(petition.state)) {
            throw ProblemException.notFound("Petition", id);
        }
        String territory = official.territory().orElse(null);
        boolean own = petition.isCentral() ? centralClaim.equals(territory) : petition.addresseeTerritory.equals(territory);
        if (!own) {
            throw ProblemException.forbidden("This petition is addressed to another body; only its officials can act on it.");
        }
        return petition;
    }

    private static void requireOfficial(CurrentUser user) {
        if (!user.hasRole(Roles.OFFICIAL)) {
            throw ProblemException.forbidden("Only officials of the addressee can do this.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
