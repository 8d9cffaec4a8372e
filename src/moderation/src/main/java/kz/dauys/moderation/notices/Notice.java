package kz.dauys.moderation.notices;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One user's report of a published item. The reporter's subject and comment are shown only to moderators. */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "item_ref")
    public UUID itemRef;

    @Column(name = "reporter_subject")
    public String reporterSubject;

    /** The {@link NoticeReason} code. */
    public String reason;

    public String comment;

    @Column(name = "reported_at")
    public Instant reportedAt;

    /** The review case the report led to, once reports hid the item. */
    @Column(name = "review_case_id")
    public UUID reviewCaseId;
}
