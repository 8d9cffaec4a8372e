package kz.dauys.assembly.body;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kz.dauys.assembly.common.Texts;
import kz.dauys.contract.LocalizedText;
import kz.dauys.kernel.territory.Territory;
import kz.dauys.kernel.territory.TerritoryCatalog;
import kz.dauys.kernel.territory.TerritoryKind;
import kz.dauys.platform.problem.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Creates and changes bodies (administrators) and finds the body responsible for a territory. */
@ApplicationScoped
public class BodyService {

    private final TerritoryCatalog territories;

    BodyService(TerritoryCatalog territories) {
        this.territories = territories;
    }

    public List<BodyView> list(String territoryCode, BodyKind kind) {
        StringBuilder query = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (territoryCode != null) {
            params.add(territoryCode);
            query.append(" and territoryCode = ?").append(params.size());
        }
        if (kind != null) {
            params.add(kind);
            query.append(" and kind = ?").append(params.size());
        }
        query.append(" order by territoryCode, kind");
        return Body.<Body>list(query.toString(), params.toArray()).stream().map(this::view).toList();
    }

    public BodyView get(UUID id) {
        return view(Body.require(id));
    }

    @Transactional
    public BodyView create(BodyRequest request) {
        Body body = new Body();
        body.id = UUID.randomUUID();
        body.createdAt = Instant.now();
        apply(body, request);
        body.persist();
        return view(body);
    }

    @Transactional
    public BodyView update(UUID id, BodyRequest request) {
        Body body = Body.require(id);
        apply(body, request);
        return view(body);
    }

    @Transactional
    public BodyView assignSecretary(UUID id, String username) {
        Body body = Body.require(id);
        body.secretaryUsername = username.strip();
        return view(body);
    }

    @Transactional
    public BodyView replaceMembers(UUID id, List<String> members) {
        Body body = Body.require(id);
        body.members = cleanMembers(members, body.seats);
        return view(body);
    }

    /**
     * The maslikhat of exactly this territory, if there is one (community gatherings are not
     * addressees of petitions or budget approvals).
     */
    public Optional<Body> maslikhatOf(String territoryCode) {
        return Body.<Body>find("territoryCode = ?1 and kind = ?2", territoryCode, BodyKind.MASLIKHAT).firstResultOptional();
    }

    /** The maslikhat of this territory or, failing that, of the nearest enclosing territory. */
    public Optional<Body> nearestMaslikhat(String territoryCode) {
        Optional<Territory> current = territories.find(territoryCode);
        while (current.isPresent()) {
            Optional<Body> body = maslikhatOf(current.get().code());
            if (body.isPresent()) {
                return body;
            }
            current = Optional.ofNullable(current.get().parentCode()).flatMap(territories::find);
        }
        return Optional.empty();
    }

    public BodyView view(Body body) {
        LocalizedText territoryName = territories.find(body.territoryCode)
                .map(t -> new LocalizedText(t.nameKk(), t.nameRu(), t.nameEn())).orElse(null);
        return new BodyView(body.id, body.kind, body.territoryCode, territoryName, body.locality, body.name, body.seats,
                body.secretaryUsername, List.copyOf(body.members));
    }

    private void apply(Body body, BodyRequest request) {
        Territory territory = territories.find(request.territoryCode())
                .orElseThrow(() -> ProblemException.invalidField("territoryCode", "Unknown territory " + request.territoryCode()));
        if (request.kind() == BodyKind.COMMUNITY_GATHERING) {
            if (territory.kind() != TerritoryKind.DISTRICT && territory.kind() != TerritoryKind.TOWN) {
                throw ProblemException.invalidField("territoryCode",
                        "A local community gathering belongs to a rural district inside a district or town of an oblast");
            }
            body.locality = Texts.required("locality", request.locality(), 200);
        } else {
            if (request.locality() != null) {
                throw ProblemException.invalidField("locality", "Only local community gatherings have a locality");
            }
            if (territory.kind() == TerritoryKind.CITY_DISTRICT) {
                throw ProblemException.invalidField("territoryCode",
                        "Districts of cities have no maslikhat of their own; the city's maslikhat represents them");
            }
            body.locality = null;
        }
        body.kind = request.kind();
        body.territoryCode = territory.code();
        body.name = Texts.required("name", request.name(), 300);
        body.seats = request.seats();
        body.secretaryUsername = request.secretaryUsername() == null || request.secretaryUsername().isBlank()
                ? null : request.secretaryUsername().strip();
        body.members = cleanMembers(request.members() == null ? List.of() : request.members(), request.seats());
    }

    private static List<String> cleanMembers(List<String> members, int seats) {
        List<String> cleaned = members.stream().map(String::strip).distinct().toList();
        if (cleaned.size() != members.size()) {
            throw ProblemException.invalidField("members", "Each member is listed once");
        }
        if (cleaned.size() > seats) {
            throw ProblemException.invalidField("members", "A body with " + seats + " seats cannot have " + cleaned.size() + " members");
        }
        return new ArrayList<>(cleaned);
    }
}
