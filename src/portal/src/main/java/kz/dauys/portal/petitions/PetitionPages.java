package kz.dauys.portal.petitions;

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
import jakarta.ws.rs.core.Response;
import kz.dauys.contract.LocalizedText;
import kz.dauys.portal.chart.Chart;
import kz.dauys.portal.chart.SvgCharts;
import kz.dauys.portal.i18n.Msg;
import kz.dauys.portal.web.Flash;
import kz.dauys.portal.web.Pages;
import kz.dauys.portal.web.ServiceProblem;
import kz.dauys.portal.web.Territories;
import kz.dauys.portal.web.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static kz.dauys.portal.petitions.PetitionsApi.*;
import static kz.dauys.portal.web.Formats.ZONE;

/** Citizens' petition pages: home, browse and search, a petition, signing, writing one, my petitions. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
@Tag(name = "Petitions", description = "Petition pages")
public class PetitionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Summary> trending, List<Summary> newest, boolean available);

        static native TemplateInstance list(Page page, String q, String sort, int pages);

        static native TemplateInstance petition(Petition p, Eligibility eligibility, Flash flash, Chart progress,
                                                Chart byRegion, Chart overTime, String territoryName);

        static native TemplateInstance form(List<Topic> topics, List<AddresseeOption> addressees, List<Reason> reasons,
                                            Rules rules, FormInput input, String error);

        static native TemplateInstance howItWorks(Rules rules, List<Reason> reasons);

        static native TemplateInstance mine(List<Petition> petitions, SignedPage signed,
                                            kz.dauys.portal.budget.MyBallots.Ballots ballots, Flash flash);
    }

    /** An addressee the author may choose: encoded as level|body|code|territory in the form. */
    public record AddresseeOption(String value, String label, long threshold) {
    }

    /** What the author typed, kept when the form comes back with an error. */
    public record FormInput(String title, String text, String requestedAction, String topic, String addressee, String language) {
    }

    private final PetitionsClient petitions;
    private final Pages pages;
    private final Viewer viewer;
    private final Territories territories;
    private final kz.dauys.portal.budget.MyBallots ballots;

    PetitionPages(@RestClient PetitionsClient petitions, Pages pages, Viewer viewer, Territories territories,
                  kz.dauys.portal.budget.MyBallots ballots) {
        this.petitions = petitions;
        this.pages = pages;
        this.viewer = viewer;
        this.territories = territories;
        this.ballots = ballots;
    }

    @GET
    @Operation(summary = "Home: trending and newly opened petitions")
    public TemplateInstance home() {
        try {
            Page trending = petitions.list(null, null, null, "signatures", 0, 5);
            Page newest = petitions.list(null, null, null, "newest", 0, 5);
            return pages.show(Templates.home(trending.items(), newest.items(), true));
        } catch (jakarta.ws.rs.ProcessingException | WebApplicationException down) {
            // The home page stays up when the petitions service is not: it says so instead.
            return pages.show(Templates.home(List.of(), List.of(), false));
        }
    }

    @GET
    @Path("petitions")
    @Operation(summary = "Browse and search petitions")
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("page") Integer page) {
        String order = sort == null || !List.of("signatures", "newest", "closing").contains(sort) ? "signatures" : sort;
        String text = q == null || q.isBlank() ? null : q.strip();
        int number = page == null || page < 0 ? 0 : page;
        Page result = petitions.list(text, null, null, order, number, 20);
        int count = (int) Math.max(1, (result.total() + 19) / 20);
        return pages.show(Templates.list(result, text == null ? "" : text, order, count));
    }

    @GET
    @Path("petitions/how-it-works")
    @Operation(summary = "The rules in force and the subjects the law excludes")
    public TemplateInstance howItWorks() {
        return pages.show(Templates.howItWorks(petitions.rules(), petitions.exclusionReasons()));
    }

    @GET
    @Path("petitions/{id}")
    @Operation(summary = "A petition: texts, progress, counts by territory, history, signing")
    public TemplateInstance petition(@PathParam("id") UUID id, @QueryParam("done") String done, @QueryParam("error") String error) {
        Petition p = petitions.get(id);
        Eligibility eligibility = p.isSignable() ? petitions.eligibility(id) : null;
        String lang = pages.language();
        SvgCharts charts = pages.charts();
        Msg msg = pages.msg();
        Chart progress = charts.progress("progress-" + p.number(), msg.chart_progress(pages.number(p.signatures()), pages.number(p.threshold())),
                msg.chart_progress_desc(Integer.toString(p.getPercent())), p.signatures(), p.threshold());
        Chart byRegion = byRegion(p, charts, lang, msg);
        Chart overTime = overTime(p, charts, msg);
        String territory = p.addressee() == null ? null : territories.name(p.addressee().signersMustResideIn(), lang);
        return pages.show(Templates.petition(p, eligibility, Flash.of(done, error), progress, byRegion, overTime, territory));
    }

    @GET
    @Path("petitions/{id}/count")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The live count, for the page's progressive enhancement")
    public Count count(@PathParam("id") UUID id) {
        return petitions.count(id);
    }

    @POST
    @Path("petitions/{id}/sign")
    @RolesAllowed(Viewer.CITIZEN)
    @Operation(summary = "Sign (form post, then back to the petition)")
    public Response sign(@PathParam("id") UUID id, @RestForm String listed) {
        try {
            petitions.sign(id, !"no".equals(listed));
            return back(id, "done=signed");
        } catch (WebApplicationException e) {
            return back(id, "error=" + ServiceProblem.of(e).flashCode());
        }
    }

    @POST
    @Path("petitions/{id}/unsign")
    @RolesAllowed(Viewer.CITIZEN)
    @Operation(summary = "Withdraw my signature")
    public Response unsign(@PathParam("id") UUID id) {
        try {
            petitions.withdrawSignature(id);
            return back(id, "done=unsigned");
        } catch (WebApplicationException e) {
            return back(id, "error=" + ServiceProblem.of(e).flashCode());
        }
    }

    @GET
    @Path("petitions/new")
    @RolesAllowed(Viewer.CITIZEN)
    @Operation(summary = "The guided form for a new petition")
    public TemplateInstance newPetition() {
        return form(new FormInput("", "", "", "", "", pages.language()), null);
    }

    @POST
    @Path("petitions/new")
    @RolesAllowed(Viewer.CITIZEN)
    @Operation(summary = "Write and submit a petition for moderation")
    public Object create(@RestForm String title, @RestForm String text, @RestForm String requestedAction,
                         @RestForm String topic, @RestForm String addressee, @RestForm String language) {
        String lang = List.of("kk", "ru", "en").contains(language) ? language : pages.language();
        FormInput input = new FormInput(trim(title), trim(text), trim(requestedAction), trim(topic), trim(addressee), lang);
        if (input.title().isEmpty() || input.text().isEmpty() || input.topic().isEmpty() || input.addressee().isEmpty()) {
            return form(input, "form_error_required");
        }
        String[] parts = input.addressee().split("\\|", -1);
        if (parts.length != 4) {
            return form(input, "form_error_required");
        }
        Draft draft = new Draft(inLanguage(lang, input.title()), inLanguage(lang, input.text()),
                input.requestedAction().isEmpty() ? null : inLanguage(lang, input.requestedAction()), input.topic(),
                new AddresseeChoice(parts[0], parts[1], empty(parts[2]), empty(parts[3])));
        try {
            Petition created = petitions.create(draft);
            petitions.submit(created.id());
            return back(created.id(), "done=submitted");
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.of(e);
            if (problem.status() >= 500) {
                throw e;
            }
            return form(input, problem.status() == 429 ? "flash_error_rate_limited" : "form_error_rejected");
        }
    }

    @GET
    @Path("me")
    @RolesAllowed(Viewer.CITIZEN)
    @Operation(summary = "My petitions")
    public TemplateInstance mine(@QueryParam("done") String done) {
        return pages.show(Templates.mine(petitions.mine(), petitions.mySignatures(0, 50), ballots.mine(), Flash.of(done, null)));
    }

    private TemplateInstance form(FormInput input, String error) {
        String lang = pages.language();
        List<AddresseeOption> options = new ArrayList<>();
        for (CentralBody body : petitions.centralBodies()) {
            options.add(new AddresseeOption("CENTRAL|" + body.body() + "|" + body.code() + "|", body.name().in(lang), body.threshold()));
        }
        String region = viewer.claim("region");
        if (region != null) {
            String name = territories.name(region, lang);
            Msg msg = pages.msg();
            options.add(new AddresseeOption("REGION|AKIMAT||" + region, msg.addressee_akimat(name), 0));
            options.add(new AddresseeOption("REGION|MASLIKHAT||" + region, msg.addressee_maslikhat(name), 0));
        }
        return pages.show(Templates.form(petitions.topics(), options, petitions.exclusionReasons(), petitions.rules(), input, error));
    }

    private Chart byRegion(Petition p, SvgCharts charts, String lang, Msg msg) {
        Map<String, Long> regions = new TreeMap<>();
        if (p.signaturesByTerritory() != null) {
            for (TerritoryCount c : p.signaturesByTerritory()) {
                regions.merge(c.region(), c.count(), Long::sum);
            }
        }
        List<SvgCharts.Point> points = regions.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new SvgCharts.Point(territories.name(e.getKey(), lang), e.getValue())).toList();
        return charts.horizontalBars("by-region-" + p.number(), msg.chart_by_region(), msg.chart_by_region_desc(), points);
    }

    /** Listed (public) signatures per day: the public list is what the service shares with everyone. */
    private Chart overTime(Petition p, SvgCharts charts, Msg msg) {
        Map<LocalDate, Long> days = new TreeMap<>();
        if (p.signatures() > 0) {
            for (PublicSigner s : petitions.signers(p.id(), 0, 200)) {
                days.merge(s.signedAt().atZone(ZONE).toLocalDate(), 1L, Long::sum);
            }
        }
        List<SvgCharts.Point> points = days.entrySet().stream()
                .map(e -> new SvgCharts.Point(e.getKey().toString(), e.getValue())).toList();
        return charts.line("over-time-" + p.number(), msg.chart_over_time(), msg.chart_over_time_desc(), points);
    }

    private static Response back(UUID id, String query) {
        return Response.seeOther(URI.create("/petitions/" + id + "?" + query)).build();
    }

    private static LocalizedText inLanguage(String lang, String value) {
        return switch (lang) {
            case "kk" -> new LocalizedText(value, null, null);
            case "ru" -> new LocalizedText(null, value, null);
            default -> new LocalizedText(null, null, value);
        };
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static String empty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
