package kz.dauys.budget.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A resident's project proposal in a cycle. */
@Entity
@Table(name = "proposal")
public class Proposal extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "cycle_id")
    public UUID cycleId;
    /** Keycloak subject of the author; null for projects imported from a past vote. */
    @Column(name = "author_subject")
    public String authorSubject;
    @Column(name = "author_name")
    public String authorName;
    public String language;
    public String title;
    public String description;
    public String category;
    @Column(name = "location_text")
    public String locationText;
    public Double latitude;
    public Double longitude;
    @Column(name = "estimated_cost")
    public long estimatedCost;
    @Column(name = "official_cost")
    public Long officialCost;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> attachments = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "moderation_status")
    public ModerationStatus moderationStatus;
    @Column(name = "moderation_reason")
    public String moderationReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_status")
    public ReviewStatus reviewStatus;
    @Column(name = "merged_into")
    public UUID mergedInto;
    public int supporters;
    /** The project id in an imported pabulib file. */
    @Column(name = "external_id")
    public String externalId;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Version
    public long version;

    /** The cost that counts: the officials' estimate once they made one, the author's before. */
    public long cost() {
        return officialCost != null ? officialCost : estimatedCost;
    }

    public boolean isPublic() {
        return moderationStatus == ModerationStatus.APPROVED;
    }

    public boolean isOnBallot() {
        return isPublic() && reviewStatus == ReviewStatus.FEASIBLE;
    }

    /** The projects residents can vote for in a cycle, in a stable order (by submission). */
    public static List<Proposal> onBallot(UUID cycleId) {
        return list("cycleId = ?1 and moderationStatus = ?2 and reviewStatus = ?3 order by submittedAt, id",
                cycleId, ModerationStatus.APPROVED, ReviewStatus.FEASIBLE);
    }
}
