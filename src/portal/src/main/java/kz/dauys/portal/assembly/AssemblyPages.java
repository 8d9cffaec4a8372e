package kz.dauys.portal.assembly;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static kz.dauys.portal.assembly.AssemblyClient.*;

/**
 * Local assemblies for everyone: bodies, a body's sessions and proposals (follow, propose), a session's
 * agenda tree with decisions and votes, the minutes, and a proposal with its co-sponsors.
 */
@Path("/assembly")
@Produces(MediaType.TEXT_HTML)
@Blocking
@Tag(name = "Assembly", description = "Assembly pages")
public class AssemblyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bodies(List<Body> bodies, Set<UUID> followed);

        static native TemplateInstance body(Body body, Page<Session> sessions, Page<Proposal> proposals, boolean following,
                                            boolean secretary, Flash flash);

        static native TemplateInstance session(Session s, boolean secretary);

        static native TemplateInstance minutes(Minutes m);

        static native TemplateInstance proposeForm(Body body, String title, String description, FormProblem problem);

        static native TemplateInstance proposal(Proposal p, Page<Cosponsor> cosponsors, Flash flash);
    }

    private final AssemblyClient assembly;
    private final Pages pages;
    private final Viewer viewer;

    AssemblyPages(@RestClient AssemblyClient assembly, Pages pages, Viewer viewer) {
        this.assembly = assembly;
        this.pages = pages;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "Maslikhats and community gatherings")
    public TemplateInstance bodies() {
        return pages.show(Templates.bodies(assembly.bodies(null), followedIds()));
    }

    @GET
    @Path("/bodies/{id}")
    @Operation(summary = "A body: its sessions and residents' proposals; follow it")
    public TemplateInstance body(@PathParam("id") UUID id, @QueryParam("done") String done, @QueryParam("error") String error) {
        Body body = assembly.body(id);
        return pages.show(Templates.body(body, assembly.sessions(id, 0, 50), assembly.proposals(id, 0, 50),
                followedIds().contains(id), isSecretary(body), Flash.of(done, error)));
    }

    @POST
    @Path("/bodies/{id}/follow")
    @Authenticated
    @Operation(summary = "Follow a body")
    public Response follow(@PathParam("id") UUID id) {
        return followChange(id, true);
    }

    @POST
    @Path("/bodies/{id}/unfollow")
    @Authenticated
    @Operation(summary = "Stop following a body")
    public Response unfollow(@PathParam("id") UUID id) {
        return followChange(id, false);
    }

    @GET
    @Path("/sessions/{id}")
    @Operation(summary = "A session: agenda tree, attendance and quorum, decisions and votes")
    public TemplateInstance session(@PathParam("id") UUID id) {
        Session s = assembly.session(id);
        return pages.show(Templates.session(s, isSecretary(assembly.body(s.bodyId()))));
    }

    @GET
    @Path("/sessions/{id}/minutes")
    @Operation(summary = "The published minutes of a session")
    public TemplateInstance minutes(@PathParam("id") UUID id) {
        return pages.show(Templates.minutes(assembly.minutes(id)));
    }

    @GET
    @Path("/bodies/{id}/propose")
    @RolesAllowed(Viewer.CITIZEN)
    @Operation(summary = "Propose an agenda item to the body")
    public TemplateInstance proposeForm(@PathParam("id") UUID id) {
        return pages.show(Templates.proposeForm(assembly.body(id), "", "", null));
    }

    @POST
    @Path("/bodies/{id}/propose")
    @RolesAllowed(Viewer.CITIZEN)
    @Operation(summary = "Send the proposal to moderation (the form again with the reasons when refused)")
    public Object propose(@PathParam("id") UUID id, @RestForm String title, @RestForm String description) {
        String t = title == null ? "" : title.strip();
        String d = description == null ? "" : description.strip();
        if (t.isEmpty() || d.isEmpty()) {
            return proposeRefused(id, t, d, FormProblem.key("assembly_error_required"));
        }
        try {
            Proposal created = assembly.propose(id, new NewProposal(inLanguage(pages.language(), t), inLanguage(pages.language(), d)));
            return Response.seeOther(URI.create("/assembly/proposals/" + created.id() + "?done=proposed")).build();
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.of(e);
            if (problem.status() >= 500 || problem.status() == 404) {
                throw e;
            }
            return proposeRefused(id, t, d, FormProblem.of(problem, "assembly_"));
        }
    }

    @GET
    @Path("/proposals/{id}")
    @Operation(summary = "A proposal with its co-sponsors")
    public TemplateInstance proposal(@PathParam("id") UUID id, @QueryParam("done") String done, @QueryParam("error") String error) {
        return pages.show(Templates.proposal(assembly.proposal(id), assembly.cosponsors(id, 0, 100), Flash.of(done, error)));
    }

    @POST
    @Path("/proposals/{id}/cosponsor")
    @RolesAllowed(Viewer.CITIZEN)
    @Operation(summary = "Co-sponsor a proposal")
    public Response cosponsor(@PathParam("id") UUID id) {
        try {
            assembly.cosponsor(id);
            return Response.seeOther(URI.create("/assembly/proposals/" + id + "?done=saved")).build();
        } catch (WebApplicationException e) {
            return Response.seeOther(URI.create("/assembly/proposals/" + id + "?error=" + ServiceProblem.of(e).flashCode())).build();
        }
    }

    private Response followChange(UUID id, boolean follow) {
        try {
            if (follow) {
                assembly.follow(id);
            } else {
                assembly.unfollow(id);
            }
            return Response.seeOther(URI.create("/assembly/bodies/" + id + "?done=" + (follow ? "followed" : "unfollowed"))).build();
        } catch (WebApplicationException e) {
            return Response.seeOther(URI.create("/assembly/bodies/" + id + "?error=" + ServiceProblem.of(e).flashCode())).build();
        }
    }

    private Response proposeRefused(UUID id, String title, String description, FormProblem problem) {
        return Response.status(problem.status())
                .entity(pages.show(Templates.proposeForm(assembly.body(id), title, description, problem)))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private Set<UUID> followedIds() {
        if (!viewer.isSignedIn()) {
            return Set.of();
        }
        return assembly.followed().stream().map(f -> f.body().id()).collect(Collectors.toSet());
    }

    /** Whether the viewer is the body's secretary (the service checks it again on every change). */
    private boolean isSecretary(Body body) {
        String username = viewer.claim("preferred_username");
        return viewer.isOfficial() && username != null && username.equals(body.secretaryUsername());
    }

    static LocalizedText inLanguage(String lang, String value) {
        return switch (lang) {
            case "kk" -> new LocalizedText(value, null, null);
            case "ru" -> new LocalizedText(null, value, null);
            default -> new LocalizedText(null, null, value);
        };
    }
}
