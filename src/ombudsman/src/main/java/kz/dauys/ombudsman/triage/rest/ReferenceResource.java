package kz.dauys.ombudsman.triage.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.contract.LocalizedText;
import kz.dauys.ombudsman.cases.CaseStatus;
import kz.dauys.ombudsman.cases.Urgency;
import kz.dauys.ombudsman.deadline.BreachKind;
import kz.dauys.ombudsman.office.Office;
import kz.dauys.ombudsman.triage.AdmissibilityQuestion;
import kz.dauys.ombudsman.triage.RightsCategory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/** Reference lists for the complaint form and the triage form, in kk/ru/en. Public. */
@Path("/api/ombudsman/reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ReferenceResource {

    public record Item(String code, LocalizedText name) {
    }

    public record UrgencyItem(Urgency code, int rank, boolean urgent) {
    }

    public record Reference(List<Item> offices, List<Item> categories, List<Item> checklist, List<UrgencyItem> urgencies,
                            List<CaseStatus> statuses, List<BreachKind> breachKinds) {
    }

    @GET
    @Operation(summary = "Offices, categories of rights, the admissibility checklist, urgencies, statuses and breach kinds")
    @APIResponse(responseCode = "200", description = "The reference lists")
    public Reference reference() {
        return new Reference(
                Office.listOrdered().stream().map(o -> new Item(o.code, o.name())).toList(),
                RightsCategory.ordered().stream().map(c -> new Item(c.code, c.name())).toList(),
                AdmissibilityQuestion.ordered().stream().map(q -> new Item(q.code, q.question())).toList(),
                Arrays.stream(Urgency.values()).map(u -> new UrgencyItem(u, u.rank(), u.isUrgent())).toList(),
                List.of(CaseStatus.values()),
                List.of(BreachKind.values()));
    }
}
