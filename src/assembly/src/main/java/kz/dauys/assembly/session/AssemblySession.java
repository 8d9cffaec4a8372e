package kz.dauys.assembly.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.dauys.contract.LocalizedText;
import kz.dauys.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One sitting of a body. */
@Entity
@Table(name = "assembly_session")
public class AssemblySession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "body_id")
    public UUID bodyId;

    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText title;

    @Column(name = "session_date")
    public LocalDate date;

    @Column(name = "start_time")
    public LocalTime startTime;

    @Column(name = "planned_minutes")
    public int plannedMinutes;

    public String place;

    @Column(name = "online_url")
    public String onlineUrl;

    public SessionStatus status;

    @Column(name = "agenda_published_at")
    public Instant agendaPublishedAt;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "minutes_published_at")
    public Instant minutesPublishedAt;

    /** How many members attended (also when only a count was recorded). */
    @Column(name = "present_count")
    public Integer presentCount;

    /** The names of the members present, when attendance was recorded by name. */
    @Column(name = "present_members")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> presentMembers;

    /** The published minutes as structured JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String minutes;

    @Column(name = "minutes_text")
    public String minutesText;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    public LocalDateTime startsAt() {
        return date.atTime(startTime);
    }

    public LocalDateTime endsAt() {
        return startsAt().plusMinutes(plannedMinutes);
    }

    public static AssemblySession require(UUID id) {
        return Optional.<AssemblySession>ofNullable(findById(id))
                .orElseThrow(() -> ProblemException.notFound("Session", id));
    }
}
