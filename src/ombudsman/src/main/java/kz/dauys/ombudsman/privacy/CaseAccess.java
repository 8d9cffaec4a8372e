package kz.dauys.ombudsman.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One read of a case: who, in which capacity, when. */
@Entity
@Table(name = "case_access")
public class CaseAccess extends PanacheEntityBase {

    /** In which capacity the case was read. */
    public enum Capacity { OFFICE_STAFF, CENTRAL_ADMINISTRATOR, COMPLAINANT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "reader_subject")
    public String readerSubject;

    @Column(name = "reader_username")
    public String readerUsername;

    public String capacity;

    @Column(name = "reader_office")
    public String readerOffice;

    @Column(name = "read_at")
    public Instant readAt;

    public static void record(UUID caseId, String subject, String username, Capacity capacity, String office, Instant at) {
        CaseAccess access = new CaseAccess();
        access.caseId = caseId;
        access.readerSubject = subject;
        access.readerUsername = username;
        access.capacity = capacity.name();
        access.readerOffice = office;
        access.readAt = at;
        access.persist();
    }
}
