package kz.dauys.budget.results;

import kz.dauys.budget.proposal.Proposal;
import kz.dauys.tally.Election;

import java.util.Map;
import java.util.UUID;

/**
 * A cycle's vote as a dauys-tally {@link Election}. Project ids are the pabulib ids of imported
 * projects and the proposal ids otherwise (ties are broken by them); voter ids are plain sequence
 * numbers, never hashes.
 *
 * @param votesByChannel per proposal, the votes (approvals or points) by channel name
 * @param ballotsByChannel ballots counted per channel name
 */
public record CycleElection(Election election, Map<String, Proposal> proposalsByProjectId,
                            Map<UUID, Map<String, Long>> votesByChannel, Map<String, Long> ballotsByChannel,
                            long spoiledPaper) {

    public static String projectId(Proposal proposal) {
        return proposal.externalId != null ? proposal.externalId : proposal.id.toString();
    }
}
