package kz.dauys.assembly.proposal;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import kz.dauys.assembly.AssemblyConfig;
import kz.dauys.assembly.agenda.AgendaItem;
import kz.dauys.assembly.agenda.AgendaService;
import kz.dauys.assembly.body.AssemblyAccess;
import kz.dauys.assembly.body.Body;
import kz.dauys.assembly.common.Texts;
import kz.dauys.assembly.session.AssemblySession;
import kz.dauys.contract.ContentKind;
import kz.dauys.contract.LocalizedText;
import kz.dauys.contract.assembly.AgendaItemProposed;
import kz.dauys.contract.moderation.ModerationRequest;
import kz.dauys.kernel.iin.Iin;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.IinHasher;
import kz.dauys.platform.outbox.Outbox;
import kz.dauys.platform.paging.PageView;
import kz.dauys.platform.paging.Paging;
import kz.dauys.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Residents propose agenda items and co-sponsor them; moderation publishes them; the secretary
 * accepts (schedules) or declines them with a reason.
 */
@ApplicationScoped
public class ProposalService {

    public static final String SERVICE = "assembly";

    private final AssemblyAccess access;
    private final CurrentUser user;
    private final IinHasher hasher;
    private final Outbox outbox;
    private final AgendaService agenda;
    private final EntityManager entityManager;
    private final AssemblyConfig.Proposals config;
    private final Clock clock;

    ProposalService(AssemblyAccess access, CurrentUser user, IinHasher hasher, Outbox outbox, AgendaService agenda,
                    EntityManager entityManager, AssemblyConfig config, Clock clock) {
        this.access = access;
        this.user = user;
        this.hasher = hasher;
        this.outbox = outbox;
        this.agenda = agenda;
        this.entityManager = entityManager;
        this.config = config.proposals();
        this.clock = clock;
    }

    @Transactional
    public ProposalView propose(UUID bodyId, ProposalRequest request) {
        Body body = Body.require(bodyId);
        Iin iin = access.requireResidentOf(body);
        ItemProposal proposal = new ItemProposal();
        proposal.id = UUID.randomUUID();
        proposal.bodyId = body.id;
        proposal.origin = ProposalOrigin.RESIDENT;
        proposal.title = Texts.required("title", request.title(), 300);
        proposal.description = Texts.required("description", request.description(), 5000);
        proposal.authorSubject = user.subject();
        proposal.authorDisplayName = user.publicDisplayName();
        proposal.authorIinHash = hasher.hash(iin);
        proposal.status = ProposalStatus.IN_MODERATION;
        proposal.createdAt = Instant.now(clock);
        proposal.updatedAt = proposal.createdAt;
        proposal.persist();
        sendToModeration(proposal, body, false);
        return view(proposal, body);
    }

    /** The author rewrites a proposal moderation returned for changes; it goes back to moderation. */
    @Transactional
    public ProposalView resubmit(UUID proposalId, ProposalRequest request) {
        ItemProposal proposal = lock(proposalId);
        if (user.isAnonymous() || !user.subject().equals(proposal.authorSubject)) {
            throw ProblemException.forbidden("Only the author can change a proposal.");
        }
        if (proposal.status != ProposalStatus.CHANGES_REQUESTED) {
            throw ProblemException.conflict("A proposal can be changed only when moderation asked for changes; it is "
                    + proposal.status.code() + ".");
        }
        Body body = Body.require(proposal.bodyId);
        proposal.title = Texts.required("title", request.title(), 300);
        proposal.description = Texts.required("description", request.description(), 5000);
        proposal.status = ProposalStatus.IN_MODERATION;
        proposal.updatedAt = Instant.now(clock);
        sendToModeration(proposal, body, true);
        return view(proposal, body);
    }

    @Transactional
    public ProposalView cosponsor(UUID proposalId) {
        ItemProposal proposal = lock(proposalId);
        Body body = Body.require(proposal.bodyId);
        Iin iin = access.requireResidentOf(body);
        if (!ProposalStatus.OPEN.contains(proposal.status) || proposal.origin != ProposalOrigin.RESIDENT) {
            throw ProblemException.conflict("Only published resident proposals awaiting a decision can be co-sponsored; this one is "
                    + proposal.status.code() + ".");
        }
        String iinHash = hasher.hash(iin);
        if (iinHash.equals(proposal.authorIinHash)) {
            throw ProblemException.unprocessable("own-proposal", "Authors cannot co-sponsor their own proposal.");
        }
        int inserted = entityManager.createNativeQuery("""
                        insert into proposal_cosponsor (proposal_id, iin_hash, display_name) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, proposal.id).setParameter(2, iinHash).setParameter(3, user.publicDisplayName())
                .executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("You already co-sponsor this proposal.");
        }
        proposal.cosponsorCount++;
        proposal.updatedAt = Instant.now(clock);
        if (proposal.status == ProposalStatus.COLLECTING && proposal.cosponsorCount >= config.cosponsorThreshold()) {
            markAwaitingDecision(proposal);
        }
        return view(proposal, body);
    }

    @Transactional
    public ProposalView accept(UUID proposalId, AcceptRequest request) {
        ItemProposal proposal = lock(proposalId);
        Body body = Body.require(proposal.bodyId);
        access.requireSecretaryOf(body);
        requireOpen(proposal);
        AssemblySession session = AssemblySession.findById(request.sessionId(), LockModeType.PESSIMISTIC_WRITE);
        if (session == null || !session.bodyId.equals(body.id)) {
            throw ProblemException.invalidField("sessionId", "No session " + request.sessionId() + " of this body");
        }
        int duration = request.durationMinutes() != null ? request.durationMinutes() : config.defaultDurationMinutes();
        AgendaItem item = agenda.appendProposal(session, proposal, duration, request.presenter());
        proposal.status = ProposalStatus.ACCEPTED;
        proposal.sessionId = session.id;
        proposal.agendaItemId = item.id;
        proposal.decidedAt = Instant.now(clock);
        proposal.decidedBy = user.username();
        proposal.updatedAt = proposal.decidedAt;
        return view(proposal, body);
    }

    @Transactional
    public ProposalView decline(UUID proposalId, DeclineRequest request) {
        ItemProposal proposal = lock(proposalId);
        Body body = Body.require(proposal.bodyId);
        access.requireSecretaryOf(body);
        requireOpen(proposal);
        proposal.status = ProposalStatus.DECLINED;
        proposal.declineReason = request.reason().strip();
        proposal.decidedAt = Instant.now(clock);
        proposal.decidedBy = user.username();
        proposal.updatedAt = proposal.decidedAt;
        return view(proposal, body);
    }

    public ProposalView get(UUID proposalId) {
        ItemProposal proposal = visible(proposalId);
        return view(proposal, Body.require(proposal.bodyId));
    }

    /** A proposal the current user may see: published ones for everyone, the others for their author and the secretary. */
    private ItemProposal visible(UUID proposalId) {
        ItemProposal proposal = ItemProposal.require(proposalId);
        if (!proposal.status.isPublic() && !isAuthor(proposal) && !access.isSecretaryOf(Body.require(proposal.bodyId))) {
            throw ProblemException.notFound("Proposal", proposalId);
        }
        return proposal;
    }

    public PageView<ProposalView> listForBody(UUID bodyId, ProposalStatus status, Paging paging) {
        Body body = Body.require(bodyId);
        if (status != null && !status.isPublic()) {
            throw ProblemException.invalidField("status", "Only collecting, awaiting_decision, accepted and declined proposals are listed");
        }
        var query = status == null
                ? ItemProposal.<ItemProposal>find("bodyId = ?1 and status in ?2 order by createdAt desc", body.id, ProposalStatus.PUBLIC)
                : ItemProposal.<ItemProposal>find("bodyId = ?1 and status = ?2 order by createdAt desc", body.id, status);
        query.page(Page.of(paging.page(), paging.size()));
        return new PageView<>(query.list().stream().map(p -> view(p, body)).toList(), paging.page(), paging.size(), query.count());
    }

    public PageView<ProposalView> listMine(Paging paging) {
        var query = ItemProposal.<ItemProposal>find("authorSubject = ?1 order by createdAt desc", user.subject());
        query.page(Page.of(paging.page(), paging.size()));
        return new PageView<>(query.list().stream().map(p -> view(p, Body.require(p.bodyId))).toList(),
                paging.page(), paging.size(), query.count());
    }

    @SuppressWarnings("unchecked")
    public PageView<CosponsorView> cosponsors(UUID proposalId, Paging paging) {
        ItemProposal proposal = visible(proposalId);
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select display_name, created_at from proposal_cosponsor where proposal_id = ?1
                        order by created_at, display_name offset ?2 limit ?3""")
                .setParameter(1, proposal.id).setParameter(2, paging.page() * paging.size()).setParameter(3, paging.size())
                .getResultList();
        List<CosponsorView> items = rows.stream()
                .map(r -> new CosponsorView((String) r[0], r[1] instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) r[1]))
                .toList();
        return new PageView<>(items, paging.page(), paging.size(), proposal.cosponsorCount);
    }

    // ---- applied from events ----

    /** Applies a moderation decision to a resident proposal; decisions that no longer fit its state change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyModeration(UUID proposalId, kz.dauys.contract.moderation.ModerationOutcome outcome, String statement) {
        ItemProposal proposal = ItemProposal.findById(proposalId, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null || proposal.origin != ProposalOrigin.RESIDENT) {
            return false;
        }
        ProposalStatus before = proposal.status;
        switch (outcome) {
            case APPROVE -> {
                if (before == ProposalStatus.IN_MODERATION || before == ProposalStatus.REJECTED || before == ProposalStatus.CHANGES_REQUESTED) {
                    proposal.status = ProposalStatus.COLLECTING;
                    proposal.moderationStatement = statement;
                    if (proposal.cosponsorCount >= config.cosponsorThreshold()) {
                        markAwaitingDecision(proposal);
                    }
                }
            }
            case REJECT -> {
                if (before == ProposalStatus.IN_MODERATION || before == ProposalStatus.HIDDEN) {
                    proposal.status = ProposalStatus.REJECTED;
                    proposal.moderationStatement = statement;
                }
            }
            case REQUEST_CHANGES -> {
                if (before == ProposalStatus.IN_MODERATION) {
                    proposal.status = ProposalStatus.CHANGES_REQUESTED;
                    proposal.moderationStatement = statement;
                }
            }
            case HIDE -> {
                if (before.isPublic()) {
                    proposal.status = ProposalStatus.HIDDEN;
                    proposal.moderationStatement = statement;
                }
            }
            case RESTORE -> {
                if (before == ProposalStatus.HIDDEN) {
                    proposal.status = proposal.agendaItemId != null ? ProposalStatus.ACCEPTED
                            : proposal.declineReason != null ? ProposalStatus.DECLINED
                            : proposal.thresholdReachedAt != null ? ProposalStatus.AWAITING_DECISION
                            : ProposalStatus.COLLECTING;
                    proposal.moderationStatement = statement;
                }
            }
        }
        proposal.updatedAt = Instant.now(clock);
        return proposal.status != before;
    }

    /**
     * Creates the proposal for an item that an event asks a body to consider (a petition, a budget
     * cycle's results), once per body and related entity.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ItemProposal> proposeFromEvent(Body body, ProposalOrigin origin, String relatedId, LocalizedText title,
                                                   LocalizedText description, String link, LocalDate decisionDueOn) {
        if (ItemProposal.findRelated(body.id, origin.name(), relatedId).isPresent()) {
            return Optional.empty();
        }
        ItemProposal proposal = new ItemProposal();
        proposal.id = UUID.randomUUID();
        proposal.bodyId = body.id;
        proposal.origin = origin;
        proposal.relatedKind = origin.name();
        proposal.relatedId = relatedId;
        proposal.title = title;
        proposal.description = description;
        proposal.link = link;
        proposal.status = ProposalStatus.AWAITING_DECISION;
        proposal.createdAt = Instant.now(clock);
        proposal.updatedAt = proposal.createdAt;
        proposal.thresholdReachedAt = proposal.createdAt;
        proposal.decisionDueOn = decisionDueOn != null ? decisionDueOn : LocalDate.now(clock).plusDays(config.decisionDays());
        proposal.persist();
        return Optional.of(proposal);
    }

    public ProposalView view(ItemProposal p, Body body) {
        boolean mine = isAuthor(p);
        boolean privileged = mine || access.isSecretaryOf(body);
        return new ProposalView(p.id, p.bodyId, body.name, p.origin, p.title, p.description, p.authorDisplayName,
                p.relatedKind, p.relatedId, p.link, p.status, p.cosponsorCount, config.cosponsorThreshold(),
                p.thresholdReachedAt, p.decisionDueOn, p.status == ProposalStatus.DECLINED ? p.declineReason : null,
                privileged ? p.moderationStatement : null, p.decidedAt, p.sessionId, p.agendaItemId, p.createdAt, mine,
                cosponsoredByCaller(p));
    }

    private boolean cosponsoredByCaller(ItemProposal p) {
        if (user.isAnonymous()) {
            return false;
        }
        return user.iin().map(iin -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from proposal_cosponsor where proposal_id = ?1 and iin_hash = ?2")
                .setParameter(1, p.id).setParameter(2, hasher.hash(iin)).getSingleResult()).intValue() > 0).orElse(false);
    }

    private boolean isAuthor(ItemProposal p) {
        return !user.isAnonymous() && p.authorSubject != null && p.authorSubject.equals(user.subject());
    }

    private void markAwaitingDecision(ItemProposal proposal) {
        proposal.status = ProposalStatus.AWAITING_DECISION;
        proposal.thresholdReachedAt = Instant.now(clock);
        proposal.decisionDueOn = LocalDate.now(clock).plusDays(config.decisionDays());
    }

    private static void requireOpen(ItemProposal proposal) {
        if (!ProposalStatus.OPEN.contains(proposal.status)) {
            throw ProblemException.conflict("Only proposals that are collecting co-sponsors or awaiting a decision can be decided; this one is "
                    + proposal.status.code() + ".");
        }
    }

    private void sendToModeration(ItemProposal proposal, Body body, boolean resubmission) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "title.kk", proposal.title.kk());
        put(fields, "title.ru", proposal.title.ru());
        put(fields, "title.en", proposal.title.en());
        put(fields, "description.kk", proposal.description.kk());
        put(fields, "description.ru", proposal.description.ru());
        put(fields, "description.en", proposal.description.en());
        ModerationRequest request = new ModerationRequest(ContentKind.AGENDA_ITEM_PROPOSAL, proposal.id.toString(), SERVICE,
                proposal.authorSubject, proposal.authorDisplayName, proposal.title.in("kk"), proposal.description.in("kk"),
                fields, "/assembly/proposals/" + proposal.id, proposal.updatedAt, null, resubmission);
        outbox.publish(AgendaItemProposed.EVENT, proposal.id.toString(),
                new AgendaItemProposed(proposal.id.toString(), body.id.toString(), body.territoryCode, request));
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null) {
            fields.put(key, value);
        }
    }

    private static ItemProposal lock(UUID proposalId) {
        ItemProposal proposal = ItemProposal.findById(proposalId, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw ProblemException.notFound("Proposal", proposalId);
        }
        return proposal;
    }
}
