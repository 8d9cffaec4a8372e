package kz.dauys.contract.moderation;

/** What moderation decided about an item; the origin service applies it. */
public enum ModerationOutcome {
    /** Publish the item. */
    APPROVE,
    /** Do not publish; final unless appealed. */
    REJECT,
    /** Return to the author for changes; the author may resubmit. */
    REQUEST_CHANGES,
    /** Take a published item down pending review (reports or a moderator). */
    HIDE,
    /** Put a hidden item back (review or appeal found it acceptable). */
    RESTORE
}
