package kz.dauys.moderation.cases;

/** Where an item stands as moderation last decided. */
public enum ItemStatus {
    PENDING,
    PUBLISHED,
    CHANGES_REQUESTED,
    REJECTED,
    HIDDEN
}
