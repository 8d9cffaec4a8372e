package kz.dauys.contract.assembly;

import kz.dauys.contract.EventDescriptor;
import kz.dauys.contract.Topics;
import kz.dauys.contract.moderation.ModerationRequest;

/** A resident proposed an agenda item to a local assembly body; it goes to moderation. Subject: proposal id. */
public record AgendaItemProposed(String proposalId, String bodyId, String territoryCode, ModerationRequest moderation) {

    public static final EventDescriptor<AgendaItemProposed> EVENT =
            EventDescriptor.of("kz.dauys.assembly.item_proposal.submitted.v1", Topics.ASSEMBLY, AgendaItemProposed.class);
}
