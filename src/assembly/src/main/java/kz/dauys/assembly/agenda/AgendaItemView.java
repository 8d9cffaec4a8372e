package kz.dauys.assembly.agenda;

import kz.dauys.contract.LocalizedText;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An agenda item as the API shows it, with its children.
 *
 * @param order the printed number: {@code 1}, {@code 2}, {@code 2.1} ...
 */
public record AgendaItemView(UUID id, String order, UUID parentId, int position, LocalizedText title,
                             LocalizedText description, int durationMinutes, String presenter,
                             List<DocumentLink> documents, Related related, UUID proposalId, Decision decision,
                             List<AgendaItemView> children) {

    public record Related(RelatedKind kind, String id) {
    }

    public record Decision(DecisionResult result, LocalizedText text, Integer votesFor, Integer votesAgainst,
                           Integer abstentions, List<NamedVote> votesByName, Instant decidedAt) {
    }
}
