package kz.dauys.petitions.petition;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.petitions.PetitionsConfig;
import kz.dauys.petitions.TimeSource;
import kz.dauys.petitions.addressee.Addressee;
import kz.dauys.petitions.addressee.AddresseeNames;
import kz.dauys.petitions.feedback.AssemblyDecision;
import kz.dauys.petitions.feedback.Referral;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;

import java.util.Optional;
import java.util.UUID;

/** Builds petition pages and decides who may read a petition in its current state. */
@ApplicationScoped
public class PetitionViews {

    private final AddresseeNames names;
    private final SignatureCounts counts;
    private final Deadlines deadlines;
    private final TimeSource time;
    private final PetitionsConfig config;
    private final PublicPetitionPages publicPages;

    PetitionViews(AddresseeNames names, SignatureCounts counts, Deadlines deadlines, TimeSource time, PetitionsConfig config,
                  PublicPetitionPages publicPages) {
        this.names = names;
        this.counts = counts;
        this.deadlines = deadlines;
        this.time = time;
        this.config = config;
        this.publicPages = publicPages;
    }

    /** The page of a petition this user may read, with live counts; 404 otherwise. */
    public PetitionView page(UUID id, CurrentUser user) {
        Optional<PetitionView> kept = isStaff(user) ? Optional.empty()
                : publicPages.find(id, user.isAnonymous() ? null : user.subject());
        if (kept.isPresent()) {
            return kept.get().withCounts(counts.total(id), counts.byTerritory(id));
        }
        Petition petition = readable(id, user);
        PetitionView view = view(petition, user);
        if (!isPrivileged(petition, user)) {
            publicPages.keep(petition, view);
        }
        return view;
    }

    /** The petition if this user may read it; 404 otherwise (its existence is not revealed). */
    public Petition readable(UUID id, CurrentUser user) {
        Petition petition = Petition.findById(id);
        if (petition == null || !canRead(petition, user)) {
            throw ProblemException.notFound("Petition", id);
        }
        return petition;
    }

    public boolean canRead(Petition petition, CurrentUser user) {
        return PetitionState.PUBLIC.contains(petition.state) || isPrivileged(petition, user);
    }

    /** Moderators and admins read every petition with its moderation details. */
    private static boolean isStaff(CurrentUser user) {
        return user.hasRole(Roles.MODERATOR) || user.hasRole(Roles.ADMIN);
    }

    private static boolean isPrivileged(Petition petition, CurrentUser user) {
        return isAuthor(petition, user) || isStaff(user);
    }

    private static boolean isAuthor(Petition petition, CurrentUser user) {
        return !user.isAnonymous() && petition.authorSubject.equals(user.subject());
    }

    public PetitionView view(Petition petition, CurrentUser user) {
        Addressee addressee = names.of(petition);
        boolean privileged = isPrivileged(petition, user);
        Integer waiting = petition.state == PetitionState.IN_MODERATION && petition.submittedAt != null
                ? deadlines.workingDaysSince(time.dateOf(petition.submittedAt), time.today()) : null;
        PetitionView.Dates dates = new PetitionView.Dates(petition.createdAt, petition.submittedAt, petition.moderationDueOn,
                waiting, petition.publishedAt, petition.backersDueOn,
                petition.state == PetitionState.GATHERING_BACKERS ? config.earlyBackers().required() : null,
                petition.openedAt, petition.collectionEndsOn, petition.thresholdReachedAt, petition.answerDueOn,
                petition.answerOverdue, petition.answeredAt, petition.closedAt);
        PetitionView.Moderation moderation = privileged && (petition.moderationNote != null || petition.moderationReason != null
                || petition.rejectionText != null)
                ? new PetitionView.Moderation(petition.moderationNote, petition.moderationReason, petition.rejectionText) : null;
        PetitionView.Discussion discussion = petition.discussionOn == null ? null
                : new PetitionView.Discussion(petition.discussionOn, petition.discussionPlace, petition.discussionNote);
        PetitionView.Answer answer = petition.answeredAt == null ? null
                : new PetitionView.Answer(petition.answer(), petition.answeredAt, petition.answerOverdue);
        return new PetitionView(petition.id, petition.number, petition.state, petition.title(), petition.text(),
                petition.requestedAction(), petition.topic,
                new PetitionView.AddresseeView(addressee.level(), addressee.body(), addressee.code(), addressee.territoryCode(),
                        addressee.name(), addressee.territoryCode()),
                petition.authorDisplayName, counts.total(petition.id), petition.threshold, counts.byTerritory(petition.id),
                dates, moderation, discussion, answer,
                PetitionHistoryEntry.of(petition.id).stream()
                        .map(h -> new PetitionView.HistoryView(h.occurredAt, h.action, h.fromState, h.toState, h.actor, h.note))
                        .toList(),
                AssemblyDecision.of(petition.id).stream()
                        .map(d -> new PetitionView.AssemblyDecisionView(d.bodyName, d.result, d.decisionText, d.votesFor,
                                d.votesAgainst, d.abstentions, d.decidedAt, d.link))
                        .toList(),
                Referral.of(petition.id).stream()
                        .map(r -> new PetitionView.ReferralView(r.caseNumber, r.status, r.office, r.changedAt))
                        .toList());
    }
}
