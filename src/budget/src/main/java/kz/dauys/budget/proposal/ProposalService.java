package kz.dauys.budget.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.dauys.budget.common.BudgetClock;
import kz.dauys.budget.cycle.BudgetCycle;
import kz.dauys.budget.cycle.CycleAction;
import kz.dauys.contract.ContentKind;
import kz.dauys.contract.budget.BudgetProposalSubmitted;
import kz.dauys.contract.moderation.ModerationRequest;
import kz.dauys.platform.outbox.Outbox;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Submission, support, review and merging of proposals. */
@ApplicationScoped
public class ProposalService {

    static final String ORIGIN = "budget";

    private final Outbox outbox;
    private final BudgetClock clock;
    private final EntityManager entityManager;
    private final List<String> categories;
    private final String portalPath;

    ProposalService(Outbox outbox, BudgetClock clock, EntityManager entityManager,
                    @ConfigProperty(name = "dauys.budget.categories") List<String> categories,
                    @ConfigProperty(name = "dauys.budget.portal-path") String portalPath) {
        this.outbox = outbox;
        this.clock = clock;
        this.entityManager = entityManager;
        this.categories = categories;
        this.portalPath = portalPath;
    }

    public Proposal require(UUID id) {
        Proposal proposal = Proposal.findById(id);
        if (proposal == null) {
            throw ProblemException.notFound("Proposal", id);
        }
        return proposal;
    }

    public List<String> categories() {
        return categories;
    }

    @Transactional
    public Proposal submit(BudgetCycle cycle, ProposalRequest request, String authorSubject, String authorName) {
        requirePhase(cycle, CycleAction.SUBMIT_PROPOSAL, "submitted");
        Proposal proposal = new Proposal();
        proposal.id = UUID.randomUUID();
        proposal.cycleId = cycle.id;
        proposal.authorSubject = authorSubject;
        proposal.authorName = authorName;
        fill(proposal, request, cycle);
        proposal.moderationStatus = ModerationStatus.PENDING;
        proposal.reviewStatus = ReviewStatus.PENDING;
        proposal.submittedAt = clock.now();
        proposal.persist();
        ProposalDecision.record(proposal.id, DecisionKind.SUBMITTED, null, "Sent to moderation", "author", proposal.submittedAt);
        sendToModeration(cycle, proposal, false);
        return proposal;
    }

    /** The author changes a proposal moderation sent back; it goes to moderation again. */
    @Transactional
    public Proposal resubmit(BudgetCycle cycle, UUID proposalId, ProposalRequest request) {
        Proposal proposal = require(proposalId);
        if (proposal.moderationStatus != ModerationStatus.CHANGES_REQUESTED) {
            throw ProblemException.unprocessable("proposal-not-editable",
                    "Only a proposal that moderation returned for changes can be edited; this one is " + proposal.moderationStatus + ".");
        }
        requirePhase(cycle, CycleAction.SUBMIT_PROPOSAL, "resubmitted");
        fill(proposal, request, cycle);
        proposal.moderationStatus = ModerationStatus.PENDING;
        proposal.moderationReason = null;
        ProposalDecision.record(proposal.id, DecisionKind.RESUBMITTED, null, "Sent to moderation again", "author", clock.now());
        sendToModeration(cycle, proposal, true);
        return proposal;
    }

    /** Whether a support was added, and the proposal's supporters after it. */
    public record Supported(boolean added, int supporters) {
    }

    /** Adds the resident's support once. */
    @Transactional
    public Supported support(BudgetCycle cycle, UUID proposalId, String supporterHash) {
        Proposal proposal = require(proposalId);
        requirePhase(cycle, CycleAction.SUPPORT_PROPOSAL, "supported");
        requireSupportable(proposal);
        int inserted = entityManager.createNativeQuery("""
                        insert into proposal_support (proposal_id, supporter_hash, supported_at) values (?1, ?2, now())
                        on conflict do nothing""")
                .setParameter(1, proposal.id).setParameter(2, supporterHash).executeUpdate();
        refreshSupporters(proposal);
        return new Supported(inserted == 1, proposal.supporters);
    }

    @Transactional
    public int withdrawSupport(BudgetCycle cycle, UUID proposalId, String supporterHash) {
        Proposal proposal = require(proposalId);
        requirePhase(cycle, CycleAction.SUPPORT_PROPOSAL, "supported or unsupported");
        entityManager.createNativeQuery("delete from proposal_support where proposal_id = ?1 and supporter_hash = ?2")
                .setParameter(1, proposal.id).setParameter(2, supporterHash).executeUpdate();
        refreshSupporters(proposal);
        return proposal.supporters;
    }

    public boolean supports(UUID proposalId, String supporterHash) {
        return ((Number) entityManager.createNativeQuery(
                        "select count(*) from proposal_support where proposal_id = ?1 and supporter_hash = ?2")
                .setParameter(1, proposalId).setParameter(2, supporterHash).getSingleResult()).longValue() > 0;
    }

    @Transactional
    public Proposal review(BudgetCycle cycle, UUID proposalId, ReviewRequest request, String official) {
        Proposal proposal = require(proposalId);
        requirePhase(cycle, CycleAction.REVIEW_PROPOSAL, "reviewed");
        requireReviewable(proposal);
        var now = clock.now();
        if (request.officialCost() != null && request.officialCost() != proposal.cost()) {
            ProposalDecision.record(proposal.id, DecisionKind.COST_ESTIMATED, request.reason(),
                    "Author's estimate " + proposal.estimatedCost + " KZT; official estimate " + request.officialCost() + " KZT",
                    official, now);
            proposal.officialCost = request.officialCost();
        }
        if (request.feasible() && proposal.cost() > cycle.budget) {
            throw ProblemException.unprocessable("cost-exceeds-budget", "The project costs " + proposal.cost()
                    + " KZT, more than the cycle's whole budget of " + cycle.budget + " KZT: it cannot be marked feasible.");
        }
        proposal.reviewStatus = request.feasible() ? ReviewStatus.FEASIBLE : ReviewStatus.NOT_FEASIBLE;
        ProposalDecision.record(proposal.id, request.feasible() ? DecisionKind.FEASIBLE : DecisionKind.NOT_FEASIBLE,
                request.reason(), null, official, now);
        return proposal;
    }

    /** Folds {@code duplicate} into {@code survivor}: supporters follow, the duplicate points to the survivor. */
    @Transactional
    public Proposal merge(BudgetCycle cycle, UUID duplicateId, UUID survivorId, String reason, String official) {
        Proposal duplicate = require(duplicateId);
        Proposal survivor = require(survivorId);
        requirePhase(cycle, CycleAction.REVIEW_PROPOSAL, "merged");
        if (duplicate.id.equals(survivor.id)) {
            throw ProblemException.unprocessable("merge-into-itself", "A proposal cannot be merged into itself.");
        }
        if (!duplicate.cycleId.equals(survivor.cycleId)) {
            throw ProblemException.unprocessable("merge-across-cycles", "Only proposals of the same cycle can be merged.");
        }
        requireReviewable(duplicate);
        requireReviewable(survivor);
        entityManager.createNativeQuery("""
                        insert into proposal_support (proposal_id, supporter_hash, supported_at)
                        select ?1, supporter_hash, supported_at from proposal_support where proposal_id = ?2
                        on conflict do nothing""")
                .setParameter(1, survivor.id).setParameter(2, duplicate.id).executeUpdate();
        entityManager.createNativeQuery("delete from proposal_support where proposal_id = ?1")
                .setParameter(1, duplicate.id).executeUpdate();
        duplicate.reviewStatus = ReviewStatus.MERGED;
        duplicate.mergedInto = survivor.id;
        refreshSupporters(duplicate);
        refreshSupporters(survivor);
        var now = clock.now();
        ProposalDecision.record(duplicate.id, DecisionKind.MERGED_INTO_ANOTHER, reason,
                "Merged into \"" + survivor.title + "\" (" + survivor.id + "); its supporters now support that proposal", official, now);
        ProposalDecision.record(survivor.id, DecisionKind.ABSORBED_DUPLICATE, reason,
                "\"" + duplicate.title + "\" (" + duplicate.id + ") was merged into this proposal", official, now);
        return survivor;
    }

    private void refreshSupporters(Proposal proposal) {
        entityManager.flush();
        proposal.supporters = ((Number) entityManager.createNativeQuery(
                        "select count(*) from proposal_support where proposal_id = ?1")
                .setParameter(1, proposal.id).getSingleResult()).intValue();
    }

    private static void requirePhase(BudgetCycle cycle, CycleAction action, String verb) {
        if (cycle.replay || !cycle.phase.allows(action)) {
            throw ProblemException.unprocessable("phase-closed", "Proposals cannot be " + verb + " now: the cycle is in its "
                    + cycle.phase + " phase, which allows " + cycle.phase.allowed() + ".");
        }
    }

    private static void requireSupportable(Proposal proposal) {
        if (!proposal.isPublic() || proposal.reviewStatus == ReviewStatus.MERGED) {
            throw ProblemException.unprocessable("proposal-not-supportable",
                    proposal.reviewStatus == ReviewStatus.MERGED
                            ? "This proposal was merged into " + proposal.mergedInto + "; support that one."
                            : "Only published proposals can be supported.");
        }
    }

    private static void requireReviewable(Proposal proposal) {
        if (!proposal.isPublic()) {
            throw ProblemException.unprocessable("proposal-not-published",
                    "Proposal " + proposal.id + " has not been published by moderation (" + proposal.moderationStatus + ").");
        }
        if (proposal.reviewStatus == ReviewStatus.MERGED) {
            throw ProblemException.unprocessable("proposal-merged",
                    "Proposal " + proposal.id + " was merged into " + proposal.mergedInto + ".");
        }
    }

    private void fill(Proposal proposal, ProposalRequest request, BudgetCycle cycle) {
        if (!categories.contains(request.category())) {
            throw ProblemException.invalidField("category", "Unknown category " + request.category() + "; one of " + categories);
        }
        if (request.estimatedCost() > cycle.budget) {
            throw ProblemException.invalidField("estimatedCost", "The estimated cost (" + request.estimatedCost()
                    + " KZT) is more than the cycle's whole budget (" + cycle.budget + " KZT)");
        }
        ProposalRequest.Location location = request.location();
        if (location != null && (location.latitude() == null) != (location.longitude() == null)) {
            throw ProblemException.invalidField("location", "Give both latitude and longitude, or neither");
        }
        List<String> attachments = request.attachments() == null ? List.of() : request.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            requireWebLink("attachments[" + i + "]", attachments.get(i));
        }
        proposal.title = request.title().strip();
        proposal.description = request.description().strip();
        proposal.category = request.category();
        proposal.language = request.language() == null ? "ru" : request.language();
        proposal.locationText = location == null ? null : location.text();
        proposal.latitude = location == null ? null : location.latitude();
        proposal.longitude = location == null ? null : location.longitude();
        proposal.estimatedCost = request.estimatedCost();
        proposal.attachments = List.copyOf(attachments);
    }

    private static void requireWebLink(String field, String link) {
        try {
            URI uri = new URI(link.strip());
            if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))
                    || uri.getHost() == null || uri.getHost().isBlank()) {
                throw ProblemException.invalidField(field, "An attachment must be an http(s) link with a host: " + link);
            }
        } catch (URISyntaxException e) {
            throw ProblemException.invalidField(field, "Not a valid link: " + link);
        }
    }

    private void sendToModeration(BudgetCycle cycle, Proposal proposal, boolean resubmission) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", proposal.category);
        if (proposal.locationText != null) {
            fields.put("location", proposal.locationText);
        }
        if (!proposal.attachments.isEmpty()) {
            fields.put("attachments", String.join("\n", proposal.attachments));
        }
        ModerationRequest moderation = new ModerationRequest(ContentKind.BUDGET_PROPOSAL, proposal.id.toString(), ORIGIN,
                proposal.authorSubject, proposal.authorName, proposal.title, proposal.description, fields,
                portalPath + "/proposals/" + proposal.id, clock.now(), null, resubmission);
        outbox.publish(BudgetProposalSubmitted.EVENT, proposal.id.toString(), new BudgetProposalSubmitted(
                proposal.id.toString(), cycle.id.toString(), cycle.territoryCode, proposal.estimatedCost, moderation));
    }
}
