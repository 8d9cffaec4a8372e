package kz.dauys.portal.ombudsman;

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
import kz.dauys.portal.chart.Chart;
import kz.dauys.portal.chart.SvgCharts;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import kz.dauys.portal.i18n.Msg;
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
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.dauys.portal.ombudsman.OmbudsmanClient.*;

/**
 * Ombudsman staff: the queue with filters (breached deadlines in red), a case with internal notes apart from
 * the messages to the complainant, the triage form and the statistics with charts and tables.
 */
@Path("/ombudsman-desk")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Viewer.OMBUDSMAN_STAFF)
@Blocking
@Tag(name = "Ombudsman desk", description = "Ombudsman staff pages")
public class OmbudsmanDeskPages {

    static final List<String> STATUSES = List.of("received", "triage", "accepted", "inquiry", "recommendation", "closed",
            "inadmissible", "transferred");
    static final List<String> URGENCIES = List.of("LIFE_OR_HEALTH", "DETENTION", "CHILDREN", "STANDARD");
    static final List<String> BREACH_KINDS = List.of("ACKNOWLEDGEMENT", "DECISION", "TRANSFER", "EXTENSION_NOTICE", "BODY_ANSWER");
    static final List<String> OUTCOMES = List.of("ACCEPTED", "INADMISSIBLE", "TRANSFERRED");
    /** The steps after the decision that the status form offers; the two last need a text. */
    static final List<String> STEPS = List.of("inquiry", "recommendation", "closed");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(QueuePage cases, QueueFilter filter, List<Option> offices, List<String> statuses,
                                             List<String> urgencies);

        static native TemplateInstance caseView(StaffCase c, List<StaffMember> staff, Flash flash, FormProblem problem,
                                                CaseForm typed);

        static native TemplateInstance triage(TriageForm form, StaffCase c, FormProblem problem);

        static native TemplateInstance statistics(Statistics s, List<Chart> charts, String from, String to, String office,
                                                  List<Option> offices);
    }

    /** The queue filters as chosen on the page. */
    public record QueueFilter(String office, String status, String urgency, String dueBefore, String breached,
                              boolean includeFinished) {
    }

    /** What was typed into the case's handling forms, shown again when a form is refused. */
    public record CaseForm(String assignee, String until, String reason, String message, String status, String text,
                           String answer) {

        static final CaseForm EMPTY = new CaseForm(null, null, null, null, null, null, null);

        public CaseForm {
            assignee = assignee == null ? "" : assignee;
            until = until == null ? "" : until;
            reason = reason == null ? "" : reason;
            message = message == null ? "" : message;
            status = status == null ? "" : status;
            text = text == null ? "" : text;
            answer = answer == null ? "" : answer;
        }

        /** The staff member chosen in the refused form, else the case's assignee. */
        public String assigneeOr(String current) {
            return assignee.isEmpty() ? current : assignee;
        }
    }

    private final OmbudsmanClient ombudsman;
    private final Pages pages;

    OmbudsmanDeskPages(@RestClient OmbudsmanClient ombudsman, Pages pages) {
        this.ombudsman = ombudsman;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "The queue: office, status, urgency, due-before and breached filters")
    public TemplateInstance queue(@QueryParam("office") String office, @QueryParam("status") String status,
                                  @QueryParam("urgency") String urgency, @QueryParam("dueBefore") String dueBefore,
                                  @QueryParam("breached") String breached, @QueryParam("includeFinished") String includeFinished,
                                  @QueryParam("page") int page) {
        QueueFilter filter = new QueueFilter(blank(office), status != null && STATUSES.contains(status) ? status : null,
                urgency != null && URGENCIES.contains(urgency) ? urgency : null, date(dueBefore) == null ? null : dueBefore,
                "yes".equals(breached) ? "yes" : "no".equals(breached) ? "no" : null, "yes".equals(includeFinished));
        Boolean breachedFilter = filter.breached() == null ? null : "yes".equals(filter.breached());
        QueuePage cases = ombudsman.queue(filter.office(), filter.status(), filter.urgency(), date(filter.dueBefore()),
                breachedFilter, filter.includeFinished(), Math.max(page, 0), 50);
        return pages.show(Templates.queue(cases, filter, ombudsman.reference().offices(), STATUSES, URGENCIES));
    }

    @GET
    @Path("/cases/{id}")
    @Operation(summary = "A case: texts, deadlines, timeline, internal notes and the correspondence with the complainant")
    public TemplateInstance caseView(@PathParam("id") UUID id, @QueryParam("done") String done, @QueryParam("error") String error) {
        StaffCase c = ombudsman.staffCase(id);
        return pages.show(Templates.caseView(c, assignable(c), Flash.of(done, error), null, CaseForm.EMPTY));
    }

    @POST
    @Path("/cases/{id}/assignment")
    @Operation(summary = "Assign the case to a staff member of its office")
    public Object assign(@PathParam("id") UUID id, @RestForm String assignee) {
        CaseForm typed = new CaseForm(blank(assignee), null, null, null, null, null, null);
        if (typed.assignee().isEmpty()) {
            return caseRefused(id, FormProblem.key("ombudsman_error_assignee"), typed);
        }
        return act(id, () -> ombudsman.assign(id, new Assign(typed.assignee())), "assigned", typed);
    }

    @POST
    @Path("/cases/{id}/extension")
    @Operation(summary = "Extend the term of the decision (the reason is recorded and the complainant told)")
    public Object extend(@PathParam("id") UUID id, @RestForm String until, @RestForm String reason, @RestForm String message) {
        CaseForm typed = new CaseForm(null, blank(until), blank(reason), blank(message), null, null, null);
        LocalDate date = date(until);
        if (date == null) {
            return caseRefused(id, FormProblem.key("ombudsman_error_until"), typed);
        }
        if (typed.reason().isEmpty()) {
            return caseRefused(id, FormProblem.key("ombudsman_error_extension_reason"), typed);
        }
        return act(id, () -> ombudsman.extend(id, new Extend(date, typed.reason(), blank(typed.message()))), "extended", typed);
    }

    @POST
    @Path("/cases/{id}/status")
    @Operation(summary = "The next step of an accepted case: inquiry, recommendation (with its text) or closing (with the summary)")
    public Object move(@PathParam("id") UUID id, @RestForm String status, @RestForm String text) {
        CaseForm typed = new CaseForm(null, null, null, null, blank(status), blank(text), null);
        if (!STEPS.contains(typed.status())) {
            return caseRefused(id, FormProblem.key("ombudsman_error_step"), typed);
        }
        if (!"inquiry".equals(typed.status()) && typed.text().isEmpty()) {
            return caseRefused(id, FormProblem.key("ombudsman_error_step_text"), typed);
        }
        return act(id, () -> ombudsman.move(id, new Move(typed.status(), blank(typed.text()))), "saved", typed);
    }

    @POST
    @Path("/cases/{id}/body-answer")
    @Operation(summary = "Record the body's answer to the recommendation")
    public Object bodyAnswer(@PathParam("id") UUID id, @RestForm String answer) {
        CaseForm typed = new CaseForm(null, null, null, null, null, null, blank(answer));
        if (typed.answer().isEmpty()) {
            return caseRefused(id, FormProblem.key("ombudsman_error_message_empty"), typed);
        }
        return act(id, () -> ombudsman.bodyAnswer(id, new Text(typed.answer())), "saved", typed);
    }

    /** Staff the case may be given to: its office's, and the central office's when the viewer may see them. */
    private List<StaffMember> assignable(StaffCase c) {
        if (c.isFinished()) {
            return List.of();
        }
        List<StaffMember> staff = new java.util.ArrayList<>(staffOf(c.summary().office()));
        if (!"central".equals(c.summary().office())) {
            staff.addAll(staffOf("central"));
        }
        return staff;
    }

    private List<StaffMember> staffOf(String office) {
        if (office == null) {
            return List.of();
        }
        try {
            return ombudsman.staffOf(office);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() >= 500) {
                throw e;
            }
            return List.of();
        }
    }

    @POST
    @Path("/cases/{id}/acknowledgement")
    @Operation(summary = "Acknowledge receipt (the complainant is told)")
    public Object acknowledge(@PathParam("id") UUID id, @RestForm String message) {
        return act(id, () -> ombudsman.acknowledge(id, new Acknowledge(blank(message))), "saved", CaseForm.EMPTY);
    }

    @POST
    @Path("/cases/{id}/notes")
    @Operation(summary = "Add an internal note (never shown to the complainant)")
    public Object note(@PathParam("id") UUID id, @RestForm String text) {
        if (blank(text) == null) {
            return caseRefused(id, FormProblem.key("ombudsman_error_message_empty"), CaseForm.EMPTY);
        }
        return act(id, () -> ombudsman.note(id, new Text(text.strip())), "saved", CaseForm.EMPTY);
    }

    @POST
    @Path("/cases/{id}/messages")
    @Operation(summary = "Write to the complainant")
    public Object message(@PathParam("id") UUID id, @RestForm String text) {
        if (blank(text) == null) {
            return caseRefused(id, FormProblem.key("ombudsman_error_message_empty"), CaseForm.EMPTY);
        }
        return act(id, () -> ombudsman.message(id, new Text(text.strip())), "saved", CaseForm.EMPTY);
    }

    @GET
    @Path("/cases/{id}/triage")
    @Operation(summary = "The triage form: admissibility checklist, category, urgency, office and outcome")
    public TemplateInstance triageForm(@PathParam("id") UUID id) {
        return pages.show(Templates.triage(ombudsman.triageForm(id), ombudsman.staffCase(id), null));
    }

    @POST
    @Path("/cases/{id}/triage")
    @Operation(summary = "Record the triage and, when an outcome is chosen, decide")
    public Object triage(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        TriageForm triageForm = ombudsman.triageForm(id);
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (ChecklistItem item : triageForm.checklist()) {
            String answer = form.getFirst("answer_" + item.code());
            if (!"yes".equals(answer) && !"no".equals(answer)) {
                return triageRefused(id, triageForm, FormProblem.key("ombudsman_error_checklist"));
            }
            answers.put(item.code(), new Answer("yes".equals(answer), blank(form.getFirst("note_" + item.code()))));
        }
        String category = blank(form.getFirst("category"));
        String urgency = blank(form.getFirst("urgency"));
        String office = blank(form.getFirst("office"));
        if (category == null || urgency == null || office == null) {
            return triageRefused(id, triageForm, FormProblem.key("ombudsman_error_required"));
        }
        String outcome = blank(form.getFirst("outcome"));
        try {
            if ("received".equals(triageForm.status())) {
                ombudsman.acknowledge(id, new Acknowledge(null));
            }
            ombudsman.triage(id, new Triage(answers, category, urgency, office));
            if (outcome != null && OUTCOMES.contains(outcome)) {
                ombudsman.decide(id, new Decision(outcome, blank(form.getFirst("reasons")), blank(form.getFirst("redirectTo")),
                        blank(form.getFirst("transferredTo")), null, blank(form.getFirst("message"))));
            }
            return Response.seeOther(URI.create("/ombudsman-desk/cases/" + id + "?done=triaged")).build();
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.of(e);
            if (problem.status() >= 500) {
                throw e;
            }
            return triageRefused(id, ombudsman.triageForm(id), FormProblem.of(problem, "ombudsman_"));
        }
    }

    @GET
    @Path("/statistics")
    @Operation(summary = "Statistics of the cases received in a period, as charts and tables")
    public TemplateInstance statistics(@QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("office") String office) {
        LocalDate end = date(to) == null ? LocalDate.now(kz.dauys.portal.web.Formats.ZONE) : date(to);
        LocalDate start = date(from) == null ? end.minusMonths(12).withDayOfMonth(1) : date(from);
        Statistics s = ombudsman.statistics(start, end, blank(office), "MONTH");
        return pages.show(Templates.statistics(s, charts(s), start.toString(), end.toString(),
                blank(office) == null ? "" : office, ombudsman.reference().offices()));
    }

    private List<Chart> charts(Statistics s) {
        SvgCharts charts = pages.charts();
        String language = pages.language();
        OmbudsmanMsg msg = Msg.DEFAULT_LANGUAGE.equals(language) ? MessageBundles.get(OmbudsmanMsg.class)
                : MessageBundles.get(OmbudsmanMsg.class, Localized.Literal.of(language));
        String lang = pages.language();
        List<SvgCharts.Point> perMonth = s.perPeriod().stream()
                .map(p -> new SvgCharts.Point(p.period().toString().substring(0, 7), p.received())).toList();
        List<SvgCharts.Point> byStatus = s.byStatus().stream()
                .map(x -> new SvgCharts.Point(x.label() == null ? x.key() : x.label().in(lang), x.count())).toList();
        List<SvgCharts.Point> byCategory = s.byCategory().stream()
                .map(x -> new SvgCharts.Point(x.label() == null ? x.key() : x.label().in(lang), x.count())).toList();
        List<SvgCharts.Point> byOffice = s.byRegion().stream()
                .map(x -> new SvgCharts.Point(x.label() == null ? x.key() : x.label().in(lang), x.count())).toList();
        return List.of(
                charts.bars("ombudsman-received", msg.ombudsman_chart_received(), msg.ombudsman_chart_received_desc(), perMonth),
                charts.horizontalBars("ombudsman-status", msg.ombudsman_chart_status(), msg.ombudsman_chart_status_desc(), byStatus),
                charts.horizontalBars("ombudsman-category", msg.ombudsman_chart_category(), msg.ombudsman_chart_category_desc(), byCategory),
                charts.horizontalBars("ombudsman-office", msg.ombudsman_chart_office(), msg.ombudsman_chart_office_desc(), byOffice));
    }

    private Object act(UUID id, Runnable call, String done, CaseForm typed) {
        try {
            call.run();
            return Response.seeOther(URI.create("/ombudsman-desk/cases/" + id + "?done=" + done)).build();
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.of(e);
            if (problem.status() >= 500) {
                throw e;
            }
            return caseRefused(id, FormProblem.of(problem, "ombudsman_"), typed);
        }
    }

    private Response caseRefused(UUID id, FormProblem problem, CaseForm typed) {
        StaffCase c = ombudsman.staffCase(id);
        return Response.status(problem.status()).entity(pages.show(Templates.caseView(c, assignable(c), null, problem, typed)))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private Response triageRefused(UUID id, TriageForm form, FormProblem problem) {
        return Response.status(problem.status()).entity(pages.show(Templates.triage(form, ombudsman.staffCase(id), problem)))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
