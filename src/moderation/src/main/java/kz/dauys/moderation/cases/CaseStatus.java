package kz.dauys.moderation.cases;

public enum CaseStatus {
    OPEN,
    DECIDED
}
