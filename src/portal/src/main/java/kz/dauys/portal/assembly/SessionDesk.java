package kz.dauys.portal.assembly;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dauys.portal.web.Flash;
import kz.dauys.portal.web.FormProblem;
import kz.dauys.portal.web.Pages;
import kz.dauys.portal.web.ServiceProblem;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static kz.dauys.portal.assembly.AssemblyClient.*;

/**
 * The secretary's session page shared by the session and agenda forms: rendered after a redirect, or again with the
 * reason of a refusal and what was typed into the refused form.
 */
@RequestScoped
class SessionDesk {

    /** Proposals the secretary may still accept or decline. */
    static final Set<String> OPEN_PROPOSALS = Set.of("collecting", "awaiting_decision");

    /** What was typed into one form of the page ({@code target}: the item or proposal it was about). */
    public record Typed(String target, Map<String, String> values) {

        static final Typed NONE = new Typed(null, Map.of());

        static Typed of(Object target, String... namesAndValues) {
            Map<String, String> values = new java.util.HashMap<>();
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                values.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
            }
            return new Typed(target == null ? null : target.toString(), values);
        }

        public boolean isFor(Object on) {
            return on != null && on.toString().equals(target);
        }

        /** The typed value of a field of the form about {@code on}, else {@code current}. */
        public String valueOr(Object on, String name, Object current) {
            if (on != null && on.toString().equals(target) && values.containsKey(name)) {
                return values.get(name);
            }
            return current == null ? "" : current.toString();
        }
    }

    private final AssemblyClient assembly;
    private final Pages pages;

    SessionDesk(@RestClient AssemblyClient assembly, Pages pages) {
        this.assembly = assembly;
        this.pages = pages;
    }

    TemplateInstance page(UUID id, Flash flash, FormProblem problem, Typed typed) {
        Session s = assembly.session(id);
        List<AssemblySecretaryPages.AgendaRow> rows = new ArrayList<>();
        flatten(s.topLevel(), 0, rows);
        Body body = assembly.body(s.bodyId());
        List<Proposal> open = assembly.proposals(s.bodyId(), 0, 100).items().stream()
                .filter(p -> OPEN_PROPOSALS.contains(p.status())).toList();
        return pages.show(AssemblySecretaryPages.Templates.manage(s, rows,
                s.status() == null ? null : AssemblySecretaryPages.NEXT.get(s.status()), AssemblySecretaryPages.RESULTS,
                open, body.members() == null ? List.of() : body.members(), flash, problem, typed));
    }

    Response refused(UUID id, FormProblem problem, Typed typed) {
        return Response.status(problem.status()).entity(page(id, null, problem, typed))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** Calls the service and goes back to the page with {@code done}, or shows the page with the service's refusal. */
    Object act(UUID id, Runnable call, String done, Typed typed) {
        try {
            call.run();
            return Response.seeOther(URI.create("/assembly/secretary/sessions/" + id + "?done=" + done)).build();
        } catch (WebApplicationException e) {
            return refused(id, refusal(e), typed);
        }
    }

    static FormProblem refusal(WebApplicationException e) {
        ServiceProblem problem = ServiceProblem.of(e);
        if (problem.status() >= 500 || problem.status() == 401) {
            throw e;
        }
        return FormProblem.of(problem, "assembly_");
    }

    /** The item and its siblings in their current order, found in the tree. */
    static List<AgendaItem> siblingsOf(List<AgendaItem> items, UUID itemId) {
        if (items == null) {
            return null;
        }
        for (AgendaItem item : items) {
            if (item.id().equals(itemId)) {
                return items;
            }
            List<AgendaItem> found = siblingsOf(item.children(), itemId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void flatten(List<AgendaItem> items, int depth, List<AssemblySecretaryPages.AgendaRow> rows) {
        if (items == null) {
            return;
        }
        for (AgendaItem item : items) {
            rows.add(new AssemblySecretaryPages.AgendaRow(item, depth));
            flatten(item.children(), depth + 1, rows);
        }
    }
}
