package kz.dauys.portal.assembly;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.contract.LocalizedText;
import kz.dauys.portal.web.FormProblem;
import kz.dauys.portal.web.Pages;
import kz.dauys.portal.web.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static kz.dauys.portal.assembly.AssemblyClient.*;
import static kz.dauys.portal.assembly.AssemblySecretaryPages.empty;
import static kz.dauys.portal.assembly.AssemblySecretaryPages.trim;

/**
 * The secretary edits the agenda of a planned session (change an item, move it up or down among its siblings) and
 * answers residents' proposals: accept into this session, or decline with a written reason. The assembly service
 * checks that the official is the body's secretary and that the agenda still fits the session.
 */
@Path("/assembly/agenda/sessions/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Viewer.OFFICIAL)
@Blocking
@Tag(name = "Assembly secretary", description = "Session and agenda management")
public class AgendaSecretaryPages {

    /** The assembly service's minimum for a decline reason, checked here so the form comes back before the call. */
    static final int DECLINE_REASON_MIN = 20;

    private final AssemblyClient assembly;
    private final Pages pages;
    private final SessionDesk desk;

    AgendaSecretaryPages(@RestClient AssemblyClient assembly, Pages pages, SessionDesk desk) {
        this.assembly = assembly;
        this.pages = pages;
        this.desk = desk;
    }

    @POST
    @Path("items/{itemId}/edit")
    @Operation(summary = "Change an agenda item's title, description, duration and presenter (in the page's language)")
    public Object editItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId, @RestForm String title,
                           @RestForm String description, @RestForm String durationMinutes, @RestForm String presenter) {
        SessionDesk.Typed typed = SessionDesk.Typed.of(itemId, "title", trim(title), "description", trim(description),
                "durationMinutes", trim(durationMinutes), "presenter", trim(presenter));
        if (trim(title).isEmpty()) {
            return desk.refused(id, FormProblem.key("assembly_error_required"), typed);
        }
        int minutes;
        try {
            minutes = Integer.parseInt(trim(durationMinutes));
        } catch (NumberFormatException e) {
            return desk.refused(id, FormProblem.key("assembly_error_duration"), typed);
        }
        AgendaItem current = find(assembly.session(id).topLevel(), itemId);
        if (current == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        String lang = pages.language();
        LocalizedText newTitle = replace(current.title(), lang, trim(title));
        LocalizedText newDescription = trim(description).isEmpty() ? withoutLanguage(current.description(), lang)
                : replace(current.description(), lang, trim(description));
        Related related = current.related();
        ItemChange change = new ItemChange(newTitle, newDescription, minutes, empty(trim(presenter)), current.documents(),
                related == null ? null : related.kind(), related == null ? null : related.id());
        return desk.act(id, () -> assembly.changeItem(id, itemId, change), "saved", typed);
    }

    @POST
    @Path("items/{itemId}/move")
    @Operation(summary = "Move an agenda item one place up or down among its siblings")
    public Object moveItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId, @RestForm String direction) {
        List<AgendaItem> siblings = SessionDesk.siblingsOf(assembly.session(id).topLevel(), itemId);
        if (siblings == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        List<UUID> order = new ArrayList<>(siblings.stream().map(AgendaItem::id).toList());
        int at = order.indexOf(itemId);
        int to = "up".equals(direction) ? at - 1 : "down".equals(direction) ? at + 1 : -1;
        if (to < 0 || to >= order.size()) {
            return desk.refused(id, FormProblem.key("assembly_error_move"), SessionDesk.Typed.NONE);
        }
        order.set(at, order.get(to));
        order.set(to, itemId);
        UUID parent = siblings.get(0).parentId();
        return desk.act(id, () -> assembly.reorder(id, new Reorder(parent, order)), "saved", SessionDesk.Typed.NONE);
    }

    @POST
    @Path("proposals/{proposalId}/accept")
    @Operation(summary = "Accept a resident's proposal into this (planned) session's agenda")
    public Object accept(@PathParam("id") UUID id, @PathParam("proposalId") UUID proposalId,
                         @RestForm String durationMinutes, @RestForm String presenter) {
        SessionDesk.Typed typed = SessionDesk.Typed.of(proposalId, "durationMinutes", trim(durationMinutes),
                "presenter", trim(presenter));
        Integer minutes;
        try {
            minutes = trim(durationMinutes).isEmpty() ? null : Integer.valueOf(trim(durationMinutes));
        } catch (NumberFormatException e) {
            return desk.refused(id, FormProblem.key("assembly_error_duration"), typed);
        }
        return desk.act(id, () -> assembly.accept(proposalId, new Accept(id, minutes, empty(trim(presenter)))), "accepted",
                typed);
    }

    @POST
    @Path("proposals/{proposalId}/decline")
    @Operation(summary = "Decline a resident's proposal with a written reason (shown to the proposer and the public)")
    public Object decline(@PathParam("id") UUID id, @PathParam("proposalId") UUID proposalId, @RestForm String reason) {
        SessionDesk.Typed typed = SessionDesk.Typed.of(proposalId, "reason", trim(reason));
        if (trim(reason).length() < DECLINE_REASON_MIN) {
            return desk.refused(id, FormProblem.key("assembly_error_decline_reason"), typed);
        }
        return desk.act(id, () -> assembly.decline(proposalId, new Decline(trim(reason))), "declined", typed);
    }

    private static AgendaItem find(List<AgendaItem> items, UUID itemId) {
        List<AgendaItem> siblings = SessionDesk.siblingsOf(items, itemId);
        return siblings == null ? null : siblings.stream().filter(i -> i.id().equals(itemId)).findFirst().orElse(null);
    }

    /** The text with the page language's version replaced; the other languages stay as they were. */
    static LocalizedText replace(LocalizedText text, String language, String value) {
        String kk = text == null ? null : text.kk();
        String ru = text == null ? null : text.ru();
        String en = text == null ? null : text.en();
        return switch (language) {
            case "kk" -> new LocalizedText(value, ru, en);
            case "ru" -> new LocalizedText(kk, value, en);
            default -> new LocalizedText(kk, ru, value);
        };
    }

    private static LocalizedText withoutLanguage(LocalizedText text, String language) {
        if (text == null) {
            return null;
        }
        LocalizedText left = replace(text, language, null);
        return left.kk() == null && left.ru() == null && left.en() == null ? null : left;
    }
}
