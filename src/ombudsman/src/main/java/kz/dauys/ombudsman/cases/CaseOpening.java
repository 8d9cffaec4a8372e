package kz.dauys.ombudsman.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.dauys.ombudsman.common.Today;
import kz.dauys.ombudsman.deadline.DeadlinePolicy;
import kz.dauys.ombudsman.office.OfficeRouter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens cases: one per source item (a second attempt for the same item returns the existing case),
 * numbered, routed to the proposed office, with its deadlines set from the day of receipt.
 */
@ApplicationScoped
public class CaseOpening {

    private final EntityManager entityManager;
    private final OfficeRouter router;
    private final DeadlinePolicy deadlines;
    private final ReferralStatusPublisher referrals;
    private final Today today;

    CaseOpening(EntityManager entityManager, OfficeRouter router, DeadlinePolicy deadlines,
                ReferralStatusPublisher referrals, Today today) {
        this.entityManager = entityManager;
        this.router = router;
        this.deadlines = deadlines;
        this.referrals = referrals;
        this.today = today;
    }

    public record Opened(OmbudsmanCase theCase, boolean created) {
    }

    public Optional<OmbudsmanCase> findBySource(SourceKind kind, String sourceId) {
        return OmbudsmanCase.find("sourceKind = ?1 and sourceId = ?2", kind, sourceId).firstResultOptional();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Opened open(NewCase spec, String actor) {
        Optional<OmbudsmanCase> existing = findBySource(spec.sourceKind(), spec.sourceId());
        if (existing.isPresent()) {
            return new Opened(existing.get(), false);
        }
        Instant now = today.now();
        LocalDate receivedOn = today.dateOf(now);
        OmbudsmanCase c = new OmbudsmanCase();
        c.id = UUID.randomUUID();
        c.number = nextNumber(receivedOn);
        c.sourceKind = spec.sourceKind();
        c.sourceId = spec.sourceId() != null ? spec.sourceId() : c.id.toString();
        c.sourceLink = spec.sourceLink();
        c.status = CaseStatus.RECEIVED;
        c.bodyName = spec.bodyName();
        c.bodyTerritory = spec.centralBody() ? null : spec.bodyTerritory();
        NewCase.Complainant who = spec.complainant();
        c.proposedOfficeCode = router.propose(spec.centralBody(), spec.bodyTerritory(), who == null ? null : who.region());
        c.officeCode = c.proposedOfficeCode;
        c.urgency = spec.urgency() != null ? spec.urgency() : Urgency.STANDARD;
        c.urgencyRank = c.urgency.rank();
        c.categoryCode = spec.categoryCode();
        c.title = spec.title();
        c.description = spec.description();
        c.happenedOn = spec.happenedOn();
        c.alreadyTried = spec.alreadyTried();
        if (who != null) {
            c.complainantSubject = who.subject();
            c.complainantIinHash = who.iinHash();
            c.complainantName = who.name();
            c.complainantRegion = who.region();
            c.complainantLanguage = who.language();
            c.contactEmail = who.email();
            c.contactPhone = who.phone();
            c.representedPerson = who.representedPerson();
            c.representationConsent = who.representationConsent();
            c.consentToShare = who.consentToShare();
        }
        c.receivedAt = now;
        c.receivedOn = receivedOn;
        c.acknowledgementDueOn = deadlines.acknowledgementDue(receivedOn);
        c.decisionDueOn = deadlines.decisionDue(receivedOn);
        c.transferDueOn = deadlines.transferDue(receivedOn);
        c.persist();
        CaseEvent.record(c.id, CaseEvent.Kind.RECEIVED, null, CaseStatus.RECEIVED, actor, spec.sourceKind().name(), now);
        referrals.statusChanged(c, now);
        return new Opened(c, true);
    }

    private String nextNumber(LocalDate receivedOn) {
        long seq = ((Number) entityManager.createNativeQuery("select nextval('case_number_seq')").getSingleResult()).longValue();
        return "OMB-%d-%06d".formatted(receivedOn.getYear(), seq);
    }
}
