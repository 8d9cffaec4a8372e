package kz.dauys.petitions.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.petitions.TimeSource;
import kz.dauys.petitions.addressee.AddresseeResolver;
import kz.dauys.petitions.petition.Petition;
import kz.dauys.petitions.petition.PetitionState;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Admin corrections of territory populations. A new figure changes the thresholds of petitions to
 * that territory's bodies that are not yet published; published petitions keep the threshold they
 * were approved with.
 */
@Path("/api/admin/territories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration")
public class TerritoryAdminResource {

    private final AddresseeResolver addressees;
    private final CurrentUser user;
    private final TimeSource time;

    TerritoryAdminResource(AddresseeResolver addressees, CurrentUser user, TimeSource time) {
        this.addressees = addressees;
        this.user = user;
        this.time = time;
    }

    public record PopulationChange(@NotNull @Min(1) @Max(100_000_000) Long population) {
    }

    public record PopulationChanged(ReferenceResource.TerritoryView territory, int petitionsRethresholded) {
    }

    @PUT
    @Path("/{code}/population")
    @Transactional
    @Operation(summary = "Correct a territory's population")
    @APIResponse(responseCode = "200", description = "Changed; thresholds of unpublished petitions recomputed")
    @APIResponse(responseCode = "404", description = "Unknown territory")
    public PopulationChanged changePopulation(@PathParam("code") String code, @NotNull @Valid PopulationChange change) {
        TerritoryEntry territory = TerritoryEntry.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (territory == null) {
            throw ProblemException.notFound("Territory", code);
        }
        territory.population = change.population();
        territory.populationChangedAt = time.now();
        territory.populationChangedBy = user.username();
        List<Petition> unpublished = Petition.list("addresseeTerritory = ?1 and state in ?2", code,
                List.of(PetitionState.DRAFT, PetitionState.IN_MODERATION));
        for (Petition petition : unpublished) {
            petition.threshold = addressees.threshold(petition.addresseeLevel, petition.addresseeBody, territory.population);
            petition.updatedAt = time.now();
        }
        return new PopulationChanged(ReferenceResource.view(territory), unpublished.size());
    }
}
