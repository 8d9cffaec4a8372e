package kz.dauys.ombudsman.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step in a case's history: a status change, an assignment, an extension... (no free text of the complainant). */
@Entity
@Table(name = "case_event")
public class CaseEvent extends PanacheEntityBase {

    public enum Kind { RECEIVED, STATUS_CHANGED, TRIAGE_RECORDED, ASSIGNED, EXTENDED, BODY_ANSWERED, SOURCE_UPDATED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public CaseStatus toStatus;

    public String actor;

    public String detail;

    public Instant at;

    public static CaseEvent record(UUID caseId, Kind kind, CaseStatus from, CaseStatus to, String actor, String detail,
                                   Instant at) {
        CaseEvent event = new CaseEvent();
        event.caseId = caseId;
        event.kind = kind;
        event.fromStatus = from;
        event.toStatus = to;
        event.actor = actor;
        event.detail = detail;
        event.at = at;
        event.persist();
        return event;
    }

    public static List<CaseEvent> ofCase(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
