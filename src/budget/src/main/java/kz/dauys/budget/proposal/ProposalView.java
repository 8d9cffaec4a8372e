package kz.dauys.budget.proposal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A public proposal. {@code cost} is what counts: the official estimate if made, else the author's. */
public record ProposalView(
        UUID id,
        UUID cycleId,
        String title,
        String description,
        String language,
        String category,
        ProposalRequest.Location location,
        long estimatedCost,
        Long officialCost,
        long cost,
        List<String> attachments,
        String authorName,
        int supporters,
        ReviewStatus review,
        String reviewReason,
        UUID mergedInto,
        Instant submittedAt) {

    static ProposalView of(Proposal p, String reviewReason) {
        return new ProposalView(p.id, p.cycleId, p.title, p.description, p.language, p.category,
                new ProposalRequest.Location(p.locationText, p.latitude, p.longitude), p.estimatedCost, p.officialCost,
                p.cost(), List.copyOf(p.attachments), p.authorName, p.supporters, p.reviewStatus, reviewReason,
                p.mergedInto, p.submittedAt);
    }
}
