package kz.dauys.budget.cycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.dauys.contract.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A participatory-budget cycle of one territory. */
@Entity
@Table(name = "budget_cycle")
public class BudgetCycle extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "territory_code")
    public String territoryCode;

    @Column(name = "title_kk")
    public String titleKk;
    @Column(name = "title_ru")
    public String titleRu;
    @Column(name = "title_en")
    public String titleEn;
    @Column(name = "description_kk")
    public String descriptionKk;
    @Column(name = "description_ru")
    public String descriptionRu;
    @Column(name = "description_en")
    public String descriptionEn;

    /** In tenge. */
    public long budget;

    @Column(name = "proposals_from")
    public LocalDate proposalsFrom;
    @Column(name = "review_from")
    public LocalDate reviewFrom;
    @Column(name = "voting_from")
    public LocalDate votingFrom;
    @Column(name = "tallying_from")
    public LocalDate tallyingFrom;
    @Column(name = "results_from")
    public LocalDate resultsFrom;
    @Column(name = "implementation_from")
    public LocalDate implementationFrom;

    @Enumerated(EnumType.STRING)
    public CyclePhase phase;
    @Column(name = "phase_changed_at")
    public Instant phaseChangedAt;
    @Column(name = "phase_changed_by")
    public String phaseChangedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_rule")
    public OutcomeRule outcomeRule;
    @Enumerated(EnumType.STRING)
    public Utility utility;

    @Enumerated(EnumType.STRING)
    @Column(name = "ballot_kind")
    public BallotKind ballotKind;
    @Column(name = "min_projects")
    public Integer minProjects;
    @Column(name = "max_projects")
    public Integer maxProjects;
    @Column(name = "min_budget_share_pct")
    public Integer minBudgetSharePercent;
    @Column(name = "max_points")
    public Integer maxPoints;
    @Column(name = "max_points_per_project")
    public Integer maxPointsPerProject;

    /** A past vote imported from a pabulib file, kept to replay and compare; nobody votes in it. */
    public boolean replay;
    @Column(name = "replay_source")
    public String replaySource;
    /** For a replay, the pabulib rule key of the file (e.g. {@code equalshares/add1}) that decided the real vote. */
    @Column(name = "pabulib_rule")
    public String pabulibRule;

    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    public LocalizedText title() {
        return new LocalizedText(titleKk, titleRu, titleEn);
    }

    public LocalizedText description() {
        return new LocalizedText(descriptionKk, descriptionRu, descriptionEn);
    }

    /** The phase the dates call for on {@code day}. */
    public CyclePhase phaseByDate(LocalDate day) {
        if (!day.isBefore(implementationFrom)) {
            return CyclePhase.IMPLEMENTATION;
        }
        if (!day.isBefore(resultsFrom)) {
            return CyclePhase.RESULTS;
        }
        if (!day.isBefore(tallyingFrom)) {
            return CyclePhase.TALLYING;
        }
        if (!day.isBefore(votingFrom)) {
            return CyclePhase.VOTING;
        }
        if (!day.isBefore(reviewFrom)) {
            return CyclePhase.REVIEW;
        }
        if (!day.isBefore(proposalsFrom)) {
            return CyclePhase.PROPOSALS;
        }
        return CyclePhase.ANNOUNCED;
    }
}
