package kz.dauys.assembly.proposal;

import kz.dauys.contract.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A proposal as the API shows it. {@code moderationStatement} only reaches the author (and the
 * body's secretary); {@code declineReason} is public once the secretary declined.
 */
public record ProposalView(UUID id, UUID bodyId, LocalizedText bodyName, ProposalOrigin origin, LocalizedText title,
                           LocalizedText description, String authorDisplayName, String relatedKind, String relatedId,
                           String link, ProposalStatus status, int cosponsorCount, int cosponsorThreshold,
                           Instant thresholdReachedAt, LocalDate decisionDueOn, String declineReason,
                           String moderationStatement, Instant decidedAt, UUID sessionId, UUID agendaItemId,
                           Instant createdAt, boolean mine, boolean cosponsoredByMe) {
}
