package kz.dauys.petitions.reference;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.contract.LocalizedText;
import kz.dauys.petitions.PetitionsConfig;
import kz.dauys.petitions.addressee.Addressee;
import kz.dauys.petitions.addressee.AddresseeResolver;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;

/** Reference data for the forms and the "how it works" page. */
@Path("/api/petitions/reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Topics, addressees, territories, excluded subjects and the rules in force")
public class ReferenceResource {

    private final AddresseeResolver addressees;
    private final PetitionsConfig config;

    ReferenceResource(AddresseeResolver addressees, PetitionsConfig config) {
        this.addressees = addressees;
        this.config = config;
    }

    public record TopicView(String code, LocalizedText name, boolean humanRights) {
    }

    public record ReasonView(String code, boolean excludedByLaw, LocalizedText title, LocalizedText description) {
    }

    public record CentralBodyView(String code, String body, LocalizedText name, long threshold) {
    }

    public record TerritoryView(String code, String parentCode, String kind, LocalizedText name, long population) {
    }

    /** The figures in force, for the "how it works" page. */
    public record Rules(long centralThreshold, BigDecimal regionAkimatPercent, BigDecimal regionMaslikhatPercent,
                        long townAkimatThreshold, long townMaslikhatThreshold, long townMinPopulation,
                        int moderationWorkingDays, long earlyBackers, int earlyBackersWorkingDays, Period collectionPeriod,
                        int centralAnswerWorkingDays, int localAnswerWorkingDays, int minimumAge) {
    }

    @GET
    @Path("/topics")
    @Transactional
    @Operation(summary = "Petition topics")
    @APIResponse(responseCode = "200", description = "Topics in display order")
    public List<TopicView> topics() {
        List<Topic> topics = Topic.list("order by position");
        return topics.stream().map(t -> new TopicView(t.code, new LocalizedText(t.nameKk, t.nameRu, t.nameEn), t.humanRights)).toList();
    }

    @GET
    @Path("/exclusion-reasons")
    @Transactional
    @Operation(summary = "Grounds for rejection", description = "The subjects the law excludes from petitions and the other grounds moderators use.")
    @APIResponse(responseCode = "200", description = "Reason codes with titles and explanations in kk/ru/en")
    public List<ReasonView> reasons() {
        List<ExclusionReason> reasons = ExclusionReason.list("order by position");
        return reasons.stream().map(r -> new ReasonView(r.code, r.excludedByLaw, new LocalizedText(r.titleKk, r.titleRu, r.titleEn),
                new LocalizedText(r.descriptionKk, r.descriptionRu, r.descriptionEn))).toList();
    }

    @GET
    @Path("/central-bodies")
    @Transactional
    @Operation(summary = "The Government and central state bodies")
    @APIResponse(responseCode = "200", description = "Central addressees with their threshold")
    public List<CentralBodyView> centralBodies() {
        List<CentralBody> bodies = CentralBody.list("order by position");
        return bodies.stream().map(b -> new CentralBodyView(b.code, b.body, new LocalizedText(b.nameKk, b.nameRu, b.nameEn),
                config.thresholds().central())).toList();
    }

    @GET
    @Path("/territories")
    @Transactional
    @Operation(summary = "Territories with population")
    @APIResponse(responseCode = "200", description = "Regions, districts and towns")
    public List<TerritoryView> territories() {
        List<TerritoryEntry> all = TerritoryEntry.listAll();
        return all.stream().map(ReferenceResource::view).toList();
    }

    @GET
    @Path("/territories/{code}/addressees")
    @Transactional
    @Operation(summary = "Local bodies of a territory that petitions may address, with thresholds")
    @APIResponse(responseCode = "200", description = "The akimat and maslikhat, or nothing for territories the law does not cover")
    @APIResponse(responseCode = "404", description = "Unknown territory")
    public List<Addressee> addressees(@PathParam("code") String code) {
        TerritoryEntry territory = TerritoryEntry.findById(code);
        if (territory == null) {
            throw ProblemException.notFound("Territory", code);
        }
        return addressees.localAddressees(territory);
    }

    @GET
    @Path("/rules")
    @Operation(summary = "The rules in force", description = "Thresholds and deadlines as configured.")
    @APIResponse(responseCode = "200", description = "The figures")
    public Rules rules() {
        PetitionsConfig.Thresholds t = config.thresholds();
        return new Rules(t.central(), t.regionAkimatPercent(), t.regionMaslikhatPercent(), t.townAkimat(), t.townMaslikhat(),
                t.townMinPopulation(), config.moderation().workingDays(), config.earlyBackers().required(),
                config.earlyBackers().workingDays(), config.collection().period(), config.answer().centralWorkingDays(),
                config.answer().localWorkingDays(), kz.dauys.kernel.iin.Iin.ADULT_AGE);
    }

    static TerritoryView view(TerritoryEntry t) {
        return new TerritoryView(t.code, t.parentCode, t.kind, new LocalizedText(t.nameKk, t.nameRu, t.nameEn), t.population);
    }
}
