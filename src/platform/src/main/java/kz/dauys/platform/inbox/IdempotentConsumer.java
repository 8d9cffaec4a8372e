package kz.dauys.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.dauys.contract.EventDescriptor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.util.function.Consumer;

/**
 * Applies each event at most once per consumer: the event id is recorded in {@code processed_event}
 * in the same transaction as the effect, so a redelivered or re-published event changes nothing.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    IdempotentConsumer(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /**
     * Runs {@code effect} with the typed payload unless {@code consumer} has already processed this event.
     *
     * @return true if the effect ran, false for a duplicate
     */
    @Transactional
    public <T> boolean apply(String consumer, ConsumerRecord<String, String> record, EventDescriptor<T> descriptor,
                             Consumer<T> effect) {
        IncomingEvent event = IncomingEvent.from(record);
        T payload = event.payload(descriptor, objectMapper);
        if (!markProcessed(consumer, event.id())) {
            LOG.debugf("%s skipped duplicate event %s (%s)", consumer, event.id(), event.type());
            return false;
        }
        effect.accept(payload);
        return true;
    }

    /** Records the event as processed; false if it already was (in a committed or concurrent transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markProcessed(String consumer, String eventId) {
        int inserted = entityManager.createNativeQuery(
                        "insert into processed_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate();
        return inserted == 1;
    }
}
