package kz.dauys.moderation.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.dauys.contract.ContentKind;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An item of an origin service that came through moderation, with its latest text and state. */
@Entity
@Table(name = "moderated_item")
public class ModeratedItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ContentKind kind;

    @Column(name = "item_id")
    public String itemId;

    @Column(name = "origin_service")
    public String originService;

    @Column(name = "author_subject")
    public String authorSubject;

    @Column(name = "author_display_name")
    public String authorDisplayName;

    public String title;

    public String link;

    @Column(name = "territory_code")
    public String territoryCode;

    @Enumerated(EnumType.STRING)
    public ItemStatus status;

    /** Lower-cased title and body, searched with pg_trgm for near duplicates. */
    @Column(name = "search_text")
    public String searchText;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<ModeratedItem> find(String originService, ContentKind kind, String itemId) {
        return find("originService = ?1 and kind = ?2 and itemId = ?3", originService, kind, itemId).firstResultOptional();
    }
}
