package kz.dauys.moderation.cases;

/** Why a case is in the queue. */
public enum CaseType {
    /** A resident submitted (or resubmitted) an item for publication. */
    SUBMISSION,
    /** The author appealed a rejection or a hide. */
    APPEAL,
    /** Reports hid a published item; a moderator reviews the hide. */
    NOTICE_REVIEW
}
