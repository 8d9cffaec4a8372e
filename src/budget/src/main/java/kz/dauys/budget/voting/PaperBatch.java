package kz.dauys.budget.voting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An audit record of paper ballots entered by an official: who, when, how many. */
@Entity
@Table(name = "paper_batch")
public class PaperBatch extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "cycle_id")
    public UUID cycleId;
    public String label;
    @Column(name = "entered_by")
    public String enteredBy;
    @Column(name = "entered_by_name")
    public String enteredByName;
    @Column(name = "entered_at")
    public Instant enteredAt;
    @Column(name = "ballot_count")
    public int ballotCount;
    @Column(name = "spoiled_count")
    public int spoiledCount;
}
