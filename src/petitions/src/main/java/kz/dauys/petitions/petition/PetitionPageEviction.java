package kz.dauys.petitions.petition;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import kz.dauys.petitions.feedback.AssemblyDecision;
import kz.dauys.petitions.feedback.Referral;

import java.util.UUID;

/**
 * Drops a petition's kept public page when the petition or anything shown with it changes: at the
 * flush and again after the transaction ends, so that a reader who rebuilt the page from the old
 * committed state between the two does not keep it. Hibernate creates entity listeners itself, so
 * the beans are looked up rather than injected.
 */
public class PetitionPageEviction {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        UUID petitionId = switch (entity) {
            case Petition petition -> petition.id;
            case PetitionHistoryEntry entry -> entry.petitionId;
            case AssemblyDecision decision -> decision.petitionId;
            case Referral referral -> referral.petitionId;
            default -> null;
        };
        if (petitionId == null) {
            return;
        }
        PublicPetitionPages pages = Arc.container().instance(PublicPetitionPages.class).get();
        pages.evict(petitionId);
        TransactionSynchronizationRegistry transactions = Arc.container().instance(TransactionSynchronizationRegistry.class).get();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    pages.evict(petitionId);
                }
            });
        }
    }
}
