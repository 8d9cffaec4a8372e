package kz.dauys.budget.implementation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One dated progress note on a funded project; the latest one is its current state. */
@Entity
@Table(name = "implementation_update")
public class ImplementationUpdate extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "proposal_id")
    public UUID proposalId;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Enumerated(EnumType.STRING)
    public ImplementationStatus status;
    public int percent;
    public String note;
    @Column(name = "noted_on")
    public LocalDate notedOn;
    /** The official's public display name. */
    @Column(name = "noted_by")
    public String notedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
