package kz.dauys.ombudsman.office;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A staff member seen on the API, with the office from their token. */
@Entity
@Table(name = "staff_member")
public class StaffMember extends PanacheEntityBase {

    @Id
    public String username;

    public String subject;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "office_code")
    public String officeCode;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    public static List<StaffMember> ofOffice(String officeCode) {
        return list("officeCode = ?1 order by displayName", officeCode);
    }
}
