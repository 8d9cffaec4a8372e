package kz.dauys.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import kz.dauys.contract.EventDescriptor;

import java.time.Instant;
import java.util.UUID;

/**
 * The transactional outbox: services record events here inside the transaction that changes their
 * data, so an event exists if and only if the change committed. {@link OutboxRelay} publishes them.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper objectMapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    Outbox(ObjectMapper objectMapper, TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.objectMapper = objectMapper;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * Records an event for publication once the current transaction commits.
     *
     * @param subject the entity id: CloudEvent subject and Kafka key
     * @return the event id (CloudEvent {@code id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> UUID publish(EventDescriptor<T> descriptor, String subject, T payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = descriptor.topic();
        event.key = subject;
        event.type = descriptor.type();
        event.source = descriptor.source();
        event.payload = toJson(payload);
        event.occurredAt = Instant.now();
        event.persist();
        transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
        return event.id;
    }

    private String toJson(Object payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be serialized: " + payload.getClass().getName(), e);
        }
    }

    private record WakeRelayAfterCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
