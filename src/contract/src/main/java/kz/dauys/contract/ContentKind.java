package kz.dauys.contract;

/** Kinds of resident-published content that pass moderation. */
public enum ContentKind {
    PETITION,
    BUDGET_PROPOSAL,
    AGENDA_ITEM_PROPOSAL,
    COMMENT
}
