package kz.dauys.platform.it;

import kz.dauys.contract.EventDescriptor;

/** A test event: a ledger entry was credited. */
public record LedgerCredited(String entryId, long amount) {

    public static final EventDescriptor<LedgerCredited> EVENT =
            EventDescriptor.of("kz.dauys.platform.ledger.credited.v1", "dauys.platform-test", LedgerCredited.class);
}
