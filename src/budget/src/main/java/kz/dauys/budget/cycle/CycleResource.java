package kz.dauys.budget.cycle;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dauys.budget.assembly.AssemblyDecision;
import kz.dauys.platform.paging.PageView;
import kz.dauys.platform.paging.Paging;
import kz.dauys.budget.common.Territories;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@Path("/api/budget/cycles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cycles", description = "Participatory-budget cycles, their phases and rules")
public class CycleResource {

    private final CycleService cycles;
    private final CycleAccess access;
    private final Territories territories;

    CycleResource(CycleService cycles, CycleAccess access, Territories territories) {
        this.cycles = cycles;
        this.access = access;
        this.territories = territories;
    }

    @GET
    @Operation(summary = "List cycles", description = "Newest first; filter by territory (exact code) and phase.")
    @APIResponse(responseCode = "200", description = "A page of cycles")
    public PageView<CycleView> list(@QueryParam("territory") String territory, @QueryParam("phase") CyclePhase phase,
                                    @QueryParam("replay") Boolean replay,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (territory != null && !territory.isBlank()) {
            where.append(" and territoryCode = :territory");
            params.put("territory", territory);
        }
        if (phase != null) {
            where.append(" and phase = :phase");
            params.put("phase", phase);
        }
        if (replay != null) {
            where.append(" and replay = :replay");
            params.put("replay", replay);
        }
        PanacheQuery<BudgetCycle> query = BudgetCycle.find(where.toString(), Sort.descending("createdAt"), params)
                .page(Page.of(paging.page(), paging.size()));
        return new PageView<>(query.list().stream().map(this::view).toList(), paging.page(), paging.size(), query.count());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One cycle", description = "With the active phase, what it allows, what the caller may do "
            + "and the local assembly's decisions about it.")
    @APIResponse(responseCode = "200", description = "The cycle")
    @APIResponse(responseCode = "404", description = "No such cycle")
    public CycleView get(@PathParam("id") UUID id) {
        return view(cycles.require(id));
    }

    @POST
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Open a cycle", description = "Officials of the territory (or of a territory containing it) only.")
    @APIResponse(responseCode = "201", description = "Opened")
    @APIResponse(responseCode = "400", description = "Invalid input or unknown territory")
    @APIResponse(responseCode = "403", description = "Not an official of this territory")
    public Response open(@NotNull @Valid CycleRequest request) {
        if (territories.find(request.territoryCode()).isEmpty()) {
            throw ProblemException.invalidField("territoryCode", "Unknown territory code " + request.territoryCode());
        }
        access.requireManagerOf(request.territoryCode());
        BudgetCycle cycle = cycles.open(request, access.subject());
        return Response.created(URI.create("/api/budget/cycles/" + cycle.id)).entity(view(cycle)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Change a cycle", description = "Texts, budget, dates and rules, until voting opens.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "403", description = "Not an official of this territory")
    @APIResponse(responseCode = "422", description = "Voting has already opened")
    public CycleView change(@PathParam("id") UUID id, @NotNull @Valid CycleRequest request) {
        access.requireManager(cycles.require(id));
        return view(cycles.change(id, request));
    }

    @POST
    @Path("{id}/advance")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Advance the phase", description = "To the next phase, or forward to the phase named in "
            + "'to'. Entering TALLYING computes the outcome; entering RESULTS publishes it.")
    @APIResponse(responseCode = "200", description = "The cycle in its new phase")
    @APIResponse(responseCode = "403", description = "Not an official of this territory")
    @APIResponse(responseCode = "422", description = "Backwards, or already in the last phase")
    public CycleView advance(@PathParam("id") UUID id, AdvanceRequest request) {
        access.requireManager(cycles.require(id));
        return view(cycles.advance(id, request == null ? null : request.to(), access.subject()));
    }

    private CycleView view(BudgetCycle cycle) {
        CycleView.Viewer viewer = new CycleView.Viewer(access.canManage(cycle), !cycle.replay && access.canTakePart(cycle));
        return CycleView.of(cycle, territories.find(cycle.territoryCode).orElse(null), viewer,
                AssemblyDecision.ofCycle(cycle.id));
    }
}
