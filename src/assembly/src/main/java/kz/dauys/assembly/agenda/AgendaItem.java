package kz.dauys.assembly.agenda;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.dauys.contract.LocalizedText;
import kz.dauys.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One item of a session's agenda; items may have child items (sub-questions). */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "session_id")
    public UUID sessionId;

    /** The enclosing item, or null for a top-level item. */
    @Column(name = "parent_id")
    public UUID parentId;

    /** Order among its siblings, from 1. */
    public int position;

    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText title;

    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText description;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    public String presenter;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<DocumentLink> documents = new ArrayList<>();

    @Column(name = "related_kind")
    @Enumerated(EnumType.STRING)
    public RelatedKind relatedKind;

    @Column(name = "related_id")
    public String relatedId;

    /** The resident or event proposal this item was scheduled from. */
    @Column(name = "proposal_id")
    public UUID proposalId;

    @Enumerated(EnumType.STRING)
    public DecisionResult result;

    @Column(name = "decision_text")
    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText decisionText;

    @Column(name = "votes_for")
    public Integer votesFor;

    @Column(name = "votes_against")
    public Integer votesAgainst;

    public Integer abstentions;

    @Column(name = "votes_by_name")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<NamedVote> votesByName;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    public long version;

    public static AgendaItem require(UUID id) {
        return Optional.<AgendaItem>ofNullable(findById(id))
                .orElseThrow(() -> ProblemException.notFound("Agenda item", id));
    }

    /** The whole agenda of a session, parents before children, in order. */
    public static List<AgendaItem> ofSession(UUID sessionId) {
        return list("sessionId = ?1 order by position", sessionId);
    }
}
