package kz.dauys.ombudsman.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.dauys.ombudsman.privacy.EncryptedText;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An internal note (staff only) or a message exchanged with the complainant. */
@Entity
@Table(name = "case_message")
public class CaseMessage extends PanacheEntityBase {

    public enum Kind {
        INTERNAL_NOTE,
        TO_COMPLAINANT,
        FROM_COMPLAINANT;

        public boolean visibleToComplainant() {
            return this != INTERNAL_NOTE;
        }
    }

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "author_username")
    public String authorUsername;

    @Column(name = "author_name")
    public String authorName;

    @Convert(converter = EncryptedText.class)
    public String text;

    @Column(name = "created_at")
    public Instant createdAt;

    public static CaseMessage post(UUID caseId, Kind kind, String authorUsername, String authorName, String text,
                                   Instant at) {
        CaseMessage message = new CaseMessage();
        message.id = UUID.randomUUID();
        message.caseId = caseId;
        message.kind = kind;
        message.authorUsername = authorUsername;
        message.authorName = authorName;
        message.text = text;
        message.createdAt = at;
        message.persist();
        return message;
    }

    public static List<CaseMessage> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }

    public static List<CaseMessage> visibleToComplainant(UUID caseId) {
        return list("caseId = ?1 and kind <> ?2 order by createdAt, id", caseId, Kind.INTERNAL_NOTE);
    }
}
