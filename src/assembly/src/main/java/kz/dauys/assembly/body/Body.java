package kz.dauys.assembly.body;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.dauys.contract.LocalizedText;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A local representative body: a maslikhat or a local community gathering. */
@Entity
@Table(name = "body")
public class Body extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public BodyKind kind;

    @Column(name = "territory_code")
    public String territoryCode;

    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText locality;

    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText name;

    public int seats;

    @Column(name = "secretary_username")
    public String secretaryUsername;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> members = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    public static Body require(UUID id) {
        return Optional.<Body>ofNullable(findById(id))
                .orElseThrow(() -> kz.dauys.platform.problem.ProblemException.notFound("Body", id));
    }

    public static List<Body> inTerritory(String territoryCode) {
        return list("territoryCode = ?1 order by kind, createdAt", territoryCode);
    }
}
