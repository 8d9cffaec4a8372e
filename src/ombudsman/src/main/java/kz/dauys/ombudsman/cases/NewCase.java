package kz.dauys.ombudsman.cases;

import java.time.LocalDate;

/** What intake knows about a new case, whatever its source. */
public record NewCase(
        SourceKind sourceKind,
        String sourceId,
        String sourceLink,
        String bodyName,
        boolean centralBody,
        String bodyTerritory,
        String title,
        String description,
        LocalDate happenedOn,
        String alreadyTried,
        Urgency urgency,
        String categoryCode,
        Complainant complainant) {

    /** The resident who filed a complaint; null for referrals. */
    public record Complainant(String subject, String iinHash, String name, String region, String language,
                              String email, String phone, String representedPerson, boolean representationConsent,
                              boolean consentToShare) {
    }
}
