package kz.dauys.portal.assembly;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import kz.dauys.portal.web.Flash;
import kz.dauys.portal.web.FormProblem;
import kz.dauys.portal.web.Pages;
import kz.dauys.portal.web.ServiceProblem;
import kz.dauys.portal.web.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.dauys.portal.assembly.AssemblyClient.*;

/**
 * A body's secretary (an official): plan a session, build the agenda, publish it (a refusal for the notice
 * period is shown with its reason), move the session on, record attendance and decisions with votes.
 * The assembly service checks on every call that the official is this body's secretary.
 */
@Path("/assembly/secretary")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Viewer.OFFICIAL)
@Blocking
@Tag(name = "Assembly secretary", description = "Session and agenda management")
public class AssemblySecretaryPages {

    /** The next status a secretary can move a session to, and its button's text. */
    static final Map<String, String> NEXT = Map.of("planned", "agenda_published", "agenda_published", "in_session",
            "in_session", "closed", "closed", "minutes_published");
    static final List<String> RESULTS = List.of("ADOPTED", "REJECTED", "POSTPONED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newSession(Body body, SessionInput input, FormProblem problem);

        static native TemplateInstance manage(Session s, List<AgendaRow> rows, String next, List<String> results,
                                              List<Proposal> proposals, List<String> members, Flash flash,
                                              FormProblem problem, SessionDesk.Typed typed);
    }

    public record SessionInput(String title, String date, String startTime, String plannedMinutes, String place,
                               String onlineUrl) {
    }

    /** An agenda item with its depth, for flat forms over the tree. */
    public record AgendaRow(AgendaItem item, int depth) {
    }

    static final List<String> CHOICES = List.of("FOR", "AGAINST", "ABSTAIN");

    private final AssemblyClient assembly;
    private final Pages pages;
    private final SessionDesk desk;

    AssemblySecretaryPages(@RestClient AssemblyClient assembly, Pages pages, SessionDesk desk) {
        this.assembly = assembly;
        this.pages = pages;
        this.desk = desk;
    }

    @GET
    @Path("/bodies/{id}/sessions/new")
    @Operation(summary = "The form to plan a session")
    public TemplateInstance newSession(@PathParam("id") UUID bodyId) {
        return pages.show(Templates.newSession(assembly.body(bodyId), new SessionInput("", "", "10:00", "180", "", ""), null));
    }

    @POST
    @Path("/bodies/{id}/sessions/new")
    @Operation(summary = "Plan the session (the form again with the reasons when refused)")
    public Object planSession(@PathParam("id") UUID bodyId, @RestForm String title, @RestForm String date,
                              @RestForm String startTime, @RestForm String plannedMinutes, @RestForm String place,
                              @RestForm String onlineUrl) {
        SessionInput input = new SessionInput(trim(title), trim(date), trim(startTime), trim(plannedMinutes), trim(place),
                trim(onlineUrl));
        SessionPlan plan;
        try {
            if (input.title().isEmpty()) {
                return sessionRefused(bodyId, input, FormProblem.key("assembly_error_required"));
            }
            plan = new SessionPlan(AssemblyPages.inLanguage(pages.language(), input.title()), LocalDate.parse(input.date()),
                    LocalTime.parse(input.startTime()), Integer.parseInt(input.plannedMinutes()), empty(input.place()),
                    empty(input.onlineUrl()));
        } catch (DateTimeParseException | NumberFormatException e) {
            return sessionRefused(bodyId, input, FormProblem.key("assembly_error_date_time"));
        }
        try {
            Session created = assembly.planSession(bodyId, plan);
            return Response.seeOther(URI.create("/assembly/secretary/sessions/" + created.id() + "?done=saved")).build();
        } catch (WebApplicationException e) {
            return sessionRefused(bodyId, input, SessionDesk.refusal(e));
        }
    }

    @GET
    @Path("/sessions/{id}")
    @Operation(summary = "Manage a session: agenda, publication, attendance, decisions")
    public TemplateInstance manage(@PathParam("id") UUID id, @QueryParam("done") String done, @QueryParam("error") String error) {
        return managePage(id, Flash.of(done, error), null);
    }

    @POST
    @Path("/sessions/{id}/items")
    @Operation(summary = "Add an agenda item (or a sub-item)")
    public Object addItem(@PathParam("id") UUID id, @RestForm String parentId, @RestForm String title,
                          @RestForm String description, @RestForm String durationMinutes, @RestForm String presenter) {
        if (trim(title).isEmpty()) {
            return manageRefused(id, FormProblem.key("assembly_error_required"));
        }
        int minutes;
        UUID parent;
        try {
            minutes = Integer.parseInt(trim(durationMinutes));
            parent = trim(parentId).isEmpty() ? null : UUID.fromString(parentId.strip());
        } catch (IllegalArgumentException e) {
            return manageRefused(id, FormProblem.key("assembly_error_duration"));
        }
        String lang = pages.language();
        return act(id, () -> assembly.addItem(id, new NewItem(parent, AssemblyPages.inLanguage(lang, title.strip()),
                trim(description).isEmpty() ? null : AssemblyPages.inLanguage(lang, description.strip()), minutes,
                empty(trim(presenter)))));
    }

    @POST
    @Path("/sessions/{id}/items/{itemId}/remove")
    @Operation(summary = "Remove an agenda item with its sub-items")
    public Object removeItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return act(id, () -> assembly.removeItem(id, itemId));
    }

    @POST
    @Path("/sessions/{id}/transition")
    @Operation(summary = "Move the session to its next status (publishing the agenda checks the notice period)")
    public Object transition(@PathParam("id") UUID id, @RestForm String to) {
        if (to == null || !NEXT.containsValue(to)) {
            return manageRefused(id, FormProblem.key("assembly_error_wrong_step"));
        }
        return act(id, () -> assembly.transition(id, new Transition(to)));
    }

    @POST
    @Path("/sessions/{id}/attendance")
    @Operation(summary = "Record how many members are present")
    public Object attendance(@PathParam("id") UUID id, @RestForm String presentCount) {
        int present;
        try {
            present = Integer.parseInt(trim(presentCount));
        } catch (NumberFormatException e) {
            return manageRefused(id, FormProblem.key("assembly_error_number"));
        }
        return act(id, () -> assembly.attendance(id, new Attendance(present)));
    }

    @POST
    @Path("/sessions/{id}/items/{itemId}/decision")
    @Operation(summary = "Record the decision on an item and the votes: as totals, or each member's vote by name")
    public Object decide(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId, MultivaluedMap<String, String> form) {
        String result = form.getFirst("result");
        String text = trim(form.getFirst("text"));
        SessionDesk.Typed typed = SessionDesk.Typed.of(itemId, "result", result, "text", text,
                "votesFor", form.getFirst("votesFor"), "votesAgainst", form.getFirst("votesAgainst"),
                "abstentions", form.getFirst("abstentions"));
        if (result == null || !RESULTS.contains(result) || text.isEmpty()) {
            return desk.refused(id, FormProblem.key("assembly_error_required"), typed);
        }
        List<NamedVote> byName = new ArrayList<>();
        List<String> members = assembly.body(assembly.session(id).bodyId()).members();
        for (int i = 0; members != null && i < members.size(); i++) {
            String choice = trim(form.getFirst("vote_" + i));
            if (CHOICES.contains(choice)) {
                byName.add(new NamedVote(members.get(i), choice));
            }
        }
        Integer yes;
        Integer no;
        Integer abstain;
        try {
            yes = byName.isEmpty() ? count(form.getFirst("votesFor")) : null;
            no = byName.isEmpty() ? count(form.getFirst("votesAgainst")) : null;
            abstain = byName.isEmpty() ? count(form.getFirst("abstentions")) : null;
        } catch (NumberFormatException e) {
            return desk.refused(id, FormProblem.key("assembly_error_number"), typed);
        }
        return desk.act(id, () -> assembly.decide(id, itemId, new NewDecision(result,
                AssemblyPages.inLanguage(pages.language(), text), yes, no, abstain, byName.isEmpty() ? null : byName)),
                "saved", typed);
    }

    private Object act(UUID id, Runnable call) {
        return desk.act(id, call, "saved", SessionDesk.Typed.NONE);
    }

    private TemplateInstance managePage(UUID id, Flash flash, FormProblem problem) {
        return desk.page(id, flash, problem, SessionDesk.Typed.NONE);
    }

    private Response manageRefused(UUID id, FormProblem problem) {
        return desk.refused(id, problem, SessionDesk.Typed.NONE);
    }

    private Response sessionRefused(UUID bodyId, SessionInput input, FormProblem problem) {
        return Response.status(problem.status()).entity(pages.show(Templates.newSession(assembly.body(bodyId), input, problem)))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static Integer count(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    }

    static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    static String empty(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
