package kz.dauys.petitions.catalog;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import kz.dauys.petitions.petition.PetitionState;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/api/petitions")
@Tag(name = "Open data", description = "Public lists, counts and exports; nothing personal beyond public display names")
public class PetitionCatalogResource {

    private final PetitionCatalog catalog;
    private final EntityManager entityManager;

    PetitionCatalogResource(PetitionCatalog catalog, EntityManager entityManager) {
        this.catalog = catalog;
        this.entityManager = entityManager;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "List and search petitions",
            description = "Only petitions that are listed publicly (open and later). Text search covers Kazakh, Russian and English.")
    @APIResponse(responseCode = "200", description = "A page of petitions")
    @APIResponse(responseCode = "400", description = "Unknown filter value")
    public PetitionPage list(@QueryParam("state") List<String> states,
                             @QueryParam("level") @Pattern(regexp = "CENTRAL|REGION|TOWN") String level,
                             @QueryParam("topic") @Size(max = 64) String topic,
                             @QueryParam("territory") @Pattern(regexp = "KZ-[0-9]{2}(-[A-Z0-9_]+)*") String territory,
                             @QueryParam("q") @Size(max = 200) String text,
                             @QueryParam("sort") @DefaultValue("signatures") @Pattern(regexp = "signatures|newest|closing") String sort,
                             @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                             @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return catalog.search(new PetitionQuery(parseStates(states), level, topic, territory, text, sort), page, size);
    }

    /** The cheapest read of a count: one primary-key lookup, cacheable for a second. */
    @GET
    @Path("/{id}/count")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Live signature count", description = "Exact; equals the number of valid signatures at this moment.")
    @APIResponse(responseCode = "200", description = "The count")
    @APIResponse(responseCode = "404", description = "No such public petition")
    public Response count(@PathParam("id") UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select p.state, p.threshold, coalesce(t.total, 0), t.updated_at
                        from petition p left join petition_tally t on t.petition_id = p.id where p.id = ?1""")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty() || !PetitionState.PUBLIC.contains(PetitionState.fromCode((String) rows.get(0)[0]))) {
            throw ProblemException.notFound("Petition", id);
        }
        Object[] row = rows.get(0);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(1);
        return Response.ok(new Count(id, PetitionState.fromCode((String) row[0]), ((Number) row[2]).longValue(),
                ((Number) row[1]).longValue(), PetitionCatalog.instant(row[3]))).cacheControl(cache).build();
    }

    public record Count(UUID id, PetitionState state, long signatures, long threshold, Instant updatedAt) {
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(summary = "All listed petitions as CSV (UTF-8)")
    @APIResponse(responseCode = "200", description = "The CSV file")
    public Response export() {
        StreamingOutput body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write(String.join(",", PetitionCatalog.csvHeader()));
            writer.write("\r\n");
            QuarkusTransaction.requiringNew().run(() -> catalog.forEachListed(p -> {
                try {
                    writer.write(csvLine(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"petitions.csv\"")
                .type("text/csv; charset=UTF-8").build();
    }

    private static String csvLine(PetitionSummary p) {
        List<Object> values = List.of(p.number(), p.id(), p.state().code(), text(p.title().kk()), text(p.title().ru()),
                text(p.title().en()), p.topic(), p.addresseeLevel(), p.addresseeBody(), text(p.addresseeCode()),
                text(p.addresseeTerritory()), p.signatures(), p.threshold(), text(p.openedAt()), text(p.collectionEndsOn()),
                text(p.thresholdReachedAt()), text(p.answerDueOn()), p.answerOverdue(), text(p.answeredAt()), text(p.closedAt()));
        StringBuilder line = new StringBuilder();
        for (Object value : values) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            line.append(csv(String.valueOf(value)));
        }
        return line.append("\r\n").toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Quotes a field (RFC 4180) and defuses spreadsheet formulas. */
    static String csv(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9].*")
                ? "'" + value : value;
        return safe.matches("[^\",\r\n]*") ? safe : "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static Set<PetitionState> parseStates(List<String> codes) {
        Set<PetitionState> states = EnumSet.noneOf(PetitionState.class);
        if (codes == null) {
            return states;
        }
        for (String code : codes) {
            for (String part : code.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    PetitionState state = PetitionState.fromCode(part.strip());
                    if (!PetitionState.LISTED.contains(state)) {
                        throw new IllegalArgumentException();
                    }
                    states.add(state);
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalidField("state", "unknown or unlisted state: " + part
                            + " (use open, under_consideration, answered, closed, closed_unsuccessful)");
                }
            }
        }
        return states;
    }
}
