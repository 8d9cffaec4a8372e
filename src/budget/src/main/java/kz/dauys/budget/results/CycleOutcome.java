package kz.dauys.budget.results;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** The stored outcome of a cycle: a {@link ResultsDocument} as JSON; public once published. */
@Entity
@Table(name = "cycle_outcome")
public class CycleOutcome extends PanacheEntityBase {

    @Id
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "computed_at")
    public Instant computedAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public String result;
}
