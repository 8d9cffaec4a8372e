package kz.dauys.ombudsman.cases;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.contract.ombudsman.ReferralStatusChanged;
import kz.dauys.platform.outbox.Outbox;

import java.time.Instant;

/**
 * Tells the platform service that owns a referral's source item how the case stands (status and
 * office only, no personal data), through the outbox; complaints filed by residents are never announced.
 */
@ApplicationScoped
public class ReferralStatusPublisher {

    private final Outbox outbox;

    ReferralStatusPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void statusChanged(OmbudsmanCase c, Instant at) {
        if (!c.sourceKind.isPlatformItem()) {
            return;
        }
        outbox.publish(ReferralStatusChanged.EVENT, c.sourceId, new ReferralStatusChanged(
                c.id.toString(), c.number, c.sourceKind.name(), c.sourceId, c.status.code(), c.officeCode, at));
    }
}
