package kz.dauys.assembly.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import kz.dauys.assembly.body.AssemblyAccess;
import kz.dauys.assembly.body.Body;
import kz.dauys.assembly.common.Texts;
import kz.dauys.assembly.proposal.ItemProposal;
import kz.dauys.assembly.session.AssemblySession;
import kz.dauys.assembly.session.SessionStatus;
import kz.dauys.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Edits a session's agenda while the session is planned: add, change, remove and reorder items,
 * always keeping children within their parent's time and the top level within the session's.
 */
@ApplicationScoped
public class AgendaService {

    private final AssemblyAccess access;

    AgendaService(AssemblyAccess access) {
        this.access = access;
    }

    @Transactional
    public AgendaItemView add(UUID sessionId, AgendaItemRequest request) {
        AssemblySession session = editableSession(sessionId);
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.sessionId = session.id;
        if (request.parentId() != null) {
            AgendaItem parent = AgendaItem.require(request.parentId());
            if (!parent.sessionId.equals(session.id)) {
                throw ProblemException.invalidField("parentId", "The parent item belongs to another session");
            }
            item.parentId = parent.id;
        }
        apply(item, request, Body.require(session.bodyId));
        List<AgendaItem> agenda = new ArrayList<>(AgendaItem.ofSession(session.id));
        item.position = (int) agenda.stream().filter(i -> java.util.Objects.equals(i.parentId, item.parentId)).count() + 1;
        agenda.add(item);
        AgendaTree tree = new AgendaTree(agenda);
        Map<UUID, AgendaItem> byId = agenda.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        if (tree.depthOf(item, byId) > AgendaRules.MAX_DEPTH) {
            throw ProblemException.unprocessable("agenda-too-deep",
                    "Agenda items nest at most " + AgendaRules.MAX_DEPTH + " levels deep.");
        }
        AgendaRules.requireDurationsFit(tree, session.plannedMinutes);
        item.persist();
        return viewOf(item, agenda);
    }

    /** Schedules an accepted proposal as the last top-level item of a planned session. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AgendaItem appendProposal(AssemblySession session, ItemProposal proposal, int durationMinutes, String presenter) {
        requirePlanned(session);
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.sessionId = session.id;
        item.title = proposal.title;
        item.description = proposal.description;
        item.durationMinutes = durationMinutes;
        item.presenter = presenter;
        item.proposalId = proposal.id;
        if (proposal.relatedKind != null) {
            item.relatedKind = RelatedKind.valueOf(proposal.relatedKind);
            item.relatedId = proposal.relatedId;
        } else {
            item.relatedKind = RelatedKind.RESIDENT_PROPOSAL;
            item.relatedId = proposal.id.toString();
        }
        List<AgendaItem> agenda = new ArrayList<>(AgendaItem.ofSession(session.id));
        item.position = (int) agenda.stream().filter(i -> i.parentId == null).count() + 1;
        agenda.add(item);
        AgendaRules.requireDurationsFit(new AgendaTree(agenda), session.plannedMinutes);
        item.persist();
        return item;
    }

    @Transactional
    public AgendaItemView update(UUID itemId, AgendaItemRequest request) {
        AgendaItem item = AgendaItem.require(itemId);
        AssemblySession session = editableSession(item.sessionId);
        if (request.parentId() != null && !request.parentId().equals(item.parentId)) {
            throw ProblemException.invalidField("parentId", "An item cannot move to another parent; remove it and add it again");
        }
        apply(item, request, Body.require(session.bodyId));
        List<AgendaItem> agenda = AgendaItem.ofSession(session.id);
        AgendaRules.requireDurationsFit(new AgendaTree(agenda), session.plannedMinutes);
        return viewOf(item, agenda);
    }

    @Transactional
    public void delete(UUID itemId) {
        AgendaItem item = AgendaItem.require(itemId);
        AssemblySession session = editableSession(item.sessionId);
        item.delete();
        AgendaItem.flush();
        AgendaItem.getEntityManager().clear();
        renumber(session.id, item.parentId);
    }

    @Transactional
    public List<AgendaItemView> reorder(UUID sessionId, ReorderRequest request) {
        AssemblySession session = editableSession(sessionId);
        List<AgendaItem> agenda = AgendaItem.ofSession(session.id);
        List<AgendaItem> siblings = new AgendaTree(agenda).children(request.parentId());
        var given = new HashSet<>(request.itemIds());
        var existing = siblings.stream().map(i -> i.id).collect(Collectors.toSet());
        if (given.size() != request.itemIds().size() || !given.equals(existing)) {
            throw ProblemException.invalidField("itemIds",
                    "List every item under this parent exactly once (" + existing.size() + " items)");
        }
        Map<UUID, AgendaItem> byId = siblings.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        for (int i = 0; i < request.itemIds().size(); i++) {
            byId.get(request.itemIds().get(i)).position = i + 1;
        }
        return new AgendaTree(agenda).views();
    }

    public List<AgendaItemView> agendaOf(UUID sessionId) {
        return new AgendaTree(AgendaItem.ofSession(sessionId)).views();
    }

    private void renumber(UUID sessionId, UUID parentId) {
        List<AgendaItem> siblings = new AgendaTree(AgendaItem.ofSession(sessionId)).children(parentId);
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).position = i + 1;
        }
    }

    private AssemblySession editableSession(UUID sessionId) {
        AssemblySession session = AssemblySession.findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw ProblemException.notFound("Session", sessionId);
        }
        access.requireSecretaryOf(Body.require(session.bodyId));
        requirePlanned(session);
        return session;
    }

    private static void requirePlanned(AssemblySession session) {
        if (session.status != SessionStatus.PLANNED) {
            throw ProblemException.conflict("The agenda can only change while the session is planned; it is "
                    + session.status.code() + ".");
        }
    }

    private static void apply(AgendaItem item, AgendaItemRequest request, Body body) {
        item.title = Texts.required("title", request.title(), 500);
        item.description = Texts.optional("description", request.description(), 5000);
        item.durationMinutes = request.durationMinutes();
        item.presenter = request.presenter() == null || request.presenter().isBlank() ? null : request.presenter().strip();
        item.documents = request.documents() == null ? new ArrayList<>() : new ArrayList<>(request.documents());
        if ((request.relatedKind() == null) != (request.relatedId() == null || request.relatedId().isBlank())) {
            throw ProblemException.invalidField("relatedId", "relatedKind and relatedId go together");
        }
        if (request.relatedKind() == RelatedKind.RESIDENT_PROPOSAL) {
            ItemProposal proposal = ItemProposal.findByIdText(request.relatedId())
                    .filter(p -> p.bodyId.equals(body.id))
                    .orElseThrow(() -> ProblemException.invalidField("relatedId", "No proposal " + request.relatedId() + " for this body"));
            item.proposalId = proposal.id;
        }
        item.relatedKind = request.relatedKind();
        item.relatedId = request.relatedKind() == null ? null : request.relatedId().strip();
    }

    private static AgendaItemView viewOf(AgendaItem item, List<AgendaItem> agenda) {
        return new AgendaTree(agenda).views().stream()
                .flatMap(AgendaService::flatten)
                .filter(v -> v.id().equals(item.id))
                .findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<AgendaItemView> flatten(AgendaItemView view) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(view), view.children().stream().flatMap(AgendaService::flatten));
    }

}
