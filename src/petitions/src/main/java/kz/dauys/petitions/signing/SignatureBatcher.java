package kz.dauys.petitions.signing;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import kz.dauys.petitions.PetitionsConfig;
import kz.dauys.platform.problem.ProblemException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Group commit for signatures. Requests queue up; a writer thread takes everything waiting (up to a
 * batch) and writes it in one transaction, so while one transaction commits the next batch gathers:
 * no artificial delay, and batches grow with the load. Each request is answered only after the
 * transaction holding its signature committed, so every acknowledged signature is durable.
 *
 * <p>Each petition always goes to the same writer, so one petition's tallies are never contended and
 * its threshold is crossed in exactly one transaction.
 *
 * <p>A request that is not answered within the timeout fails with a {@link TimeoutException}; one
 * keeper thread checks the deadlines of everything queued or being written a few times a second,
 * because a timer per request ({@code orTimeout}) cost the event loop and the JDK's delay scheduler
 * more CPU than the check does.
 */
@ApplicationScoped
public class SignatureBatcher {

    private static final Logger LOG = Logger.getLogger(SignatureBatcher.class);

    private final SignatureWriter writer;
    private final PetitionsConfig.Signing settings;
    private final List<BlockingQueue<Pending>> lanes = new ArrayList<>();
    private final List<Thread> writers = new ArrayList<>();
    private Thread deadlineKeeper;
    /** Per lane, the batch its writer is writing now (empty between batches), for the deadline keeper. */
    private final List<AtomicReference<List<Pending>>> writing = new ArrayList<>();
    private final DistributionSummary batchSizes;
    private final Timer batchTimes;
    private volatile boolean running;

    SignatureBatcher(SignatureWriter writer, PetitionsConfig config, MeterRegistry registry) {
        this.writer = writer;
        this.settings = config.signing();
        this.batchSizes = DistributionSummary.builder("dauys.signing.batch.size").publishPercentiles(0.5, 0.99).register(registry);
        this.batchTimes = Timer.builder("dauys.signing.batch.time").publishPercentiles(0.5, 0.99).register(registry);
        for (int i = 0; i < settings.writers(); i++) {
            lanes.add(new ArrayBlockingQueue<>(settings.queueCapacity()));
            writing.add(new AtomicReference<>(List.of()));
        }
    }

    void start(@Observes StartupEvent start) {
        running = true;
        for (int i = 0; i < lanes.size(); i++) {
            int index = i;
            writers.add(Thread.ofPlatform().name("signature-writer-" + i).daemon().start(() -> run(index)));
        }
        deadlineKeeper = Thread.ofPlatform().name("signature-deadlines").daemon().start(this::keepDeadlines);
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        List<Thread> threads = new ArrayList<>(writers);
        threads.add(deadlineKeeper);
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Queues a signature; completes after its batch committed, or fails with a problem. */
    public CompletableFuture<SignResult> submit(SignCommand command) {
        if (!running) {
            return CompletableFuture.failedFuture(unavailable("The service is shutting down; please try again."));
        }
        Pending pending = new Pending(command, new CompletableFuture<>(), System.nanoTime() + settings.timeout().toNanos());
        BlockingQueue<Pending> lane = lanes.get(Math.floorMod(command.petitionId().hashCode(), lanes.size()));
        if (!lane.offer(pending)) {
            return CompletableFuture.failedFuture(unavailable("Signing is overloaded right now; please try again in a moment."));
        }
        return pending.result();
    }

    private void run(int index) {
        BlockingQueue<Pending> lane = lanes.get(index);
        AtomicReference<List<Pending>> current = writing.get(index);
        List<Pending> batch = new ArrayList<>(settings.maxBatch());
        while (running || !lane.isEmpty()) {
            try {
                Pending first = lane.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                lane.drainTo(batch, settings.maxBatch() - 1);
                current.set(List.copyOf(batch));
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                current.set(List.of());
                batch.clear();
            }
        }
    }

    /**
     * Fails what passed its deadline, queued or in a batch being written. The signature of a request
     * failed while its batch was being written may still be stored: the answer says so.
     */
    private void keepDeadlines() {
        long every = Math.max(1, Math.min(250, settings.timeout().toMillis() / 4));
        while (running || writers.stream().anyMatch(Thread::isAlive)) {
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long now = System.nanoTime();
            for (int i = 0; i < lanes.size(); i++) {
                lanes.get(i).forEach(pending -> pending.failIfLate(now));
                writing.get(i).get().forEach(pending -> pending.failIfLate(now));
            }
        }
    }

    private void write(List<Pending> batch) {
        long started = System.nanoTime();
        try {
            List<SignResult> results = writer.write(batch.stream().map(Pending::command).toList());
            batchTimes.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            batchSizes.record(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(results.get(i));
            }
        } catch (RuntimeException e) {
            LOG.warnf("A batch of %d signatures was not written: %s", batch.size(), e.toString());
            ProblemException problem = unavailable("Your signature could not be confirmed right now. Please try again: signing twice never counts twice.");
            batch.forEach(p -> p.result().completeExceptionally(problem));
        }
    }

    static ProblemException unavailable(String detail) {
        return new ProblemException(503, "unavailable", "Temporarily unavailable", detail, null, Duration.ofSeconds(2));
    }

    private record Pending(SignCommand command, CompletableFuture<SignResult> result, long deadline) {

        void failIfLate(long now) {
            if (now - deadline > 0 && !result.isDone()) {
                result.completeExceptionally(new TimeoutException("not answered within the signing timeout"));
            }
        }
    }
}
