package kz.dauys.resilience;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many distinct signers signing many petitions concurrently over HTTP with real tokens; remembers
 * every acknowledged (2xx) signature and every other outcome.
 */
final class SigningLoad {

    record Pair(Signers.Signer signer, UUID petition) {
        String key() {
            return petition + "|" + signer.hash();
        }
    }

    private final String serviceUrl;
    private final ConcurrentLinkedQueue<Pair> queue;
    private final int concurrency;
    private final int ratePerSecond;
    private final AtomicInteger inFlight = new AtomicInteger();
    private ScheduledExecutorService ticker;
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    final List<Pair> unanswered = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param concurrency   closed-loop workers signing as fast as the service answers
     * @param ratePerSecond when above 0, an open loop at this rate instead (to span a fault window)
     */
    SigningLoad(String serviceUrl, List<Signers.Signer> signers, List<UUID> petitions, int concurrency, int ratePerSecond) {
        this.serviceUrl = serviceUrl;
        this.concurrency = concurrency;
        this.ratePerSecond = ratePerSecond;
        List<Pair> pairs = new ArrayList<>();
        for (Signers.Signer signer : signers) {
            for (UUID petition : petitions) {
                pairs.add(new Pair(signer, petition));
            }
        }
        Collections.shuffle(pairs, new Random(7));
        this.queue = new ConcurrentLinkedQueue<>(pairs);
    }

    SigningLoad start() {
        if (ratePerSecond > 0) {
            // Open loop at a fixed rate, so the load spans a whole fault window.
            ticker = Executors.newSingleThreadScheduledExecutor();
            ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
            ticker.scheduleAtFixedRate(() -> {
                Pair pair = queue.poll();
                if (pair == null) {
                    ticker.shutdown();
                    senders.shutdown();
                    return;
                }
                inFlight.incrementAndGet();
                senders.submit(() -> {
                    try {
                        sign(pair);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
            }, 0, Math.max(1, 1_000_000 / ratePerSecond), TimeUnit.MICROSECONDS);
            return this;
        }
        for (int i = 0; i < concurrency; i++) {
            inFlight.incrementAndGet();
            Thread.ofVirtual().start(() -> {
                try {
                    Pair pair;
                    while ((pair = queue.poll()) != null) {
                        sign(pair);
                    }
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }
        return this;
    }

    boolean finished() {
        return queue.isEmpty() && inFlight.get() == 0;
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    /** Signs again every pair that got no answer (a retry after a crash must be idempotent). */
    void retryUnanswered() {
        List<Pair> retry;
        synchronized (unanswered) {
            retry = new ArrayList<>(unanswered);
            unanswered.clear();
        }
        for (Pair pair : retry) {
            sign(pair);
        }
    }

    private void sign(Pair pair) {
        try {
            HttpResponse<String> response = Signers.HTTP.send(HttpRequest.newBuilder(
                            URI.create(serviceUrl + "/api/petitions/" + pair.petition() + "/signatures"))
                    .header("Authorization", "Bearer " + pair.signer().token()).timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            outcomes.computeIfAbsent(Integer.toString(status), s -> new AtomicInteger()).incrementAndGet();
            if (status == 200 || status == 201) {
                acknowledged.add(pair.key());
            } else if (status >= 500) {
                unanswered.add(pair);
            }
        } catch (Exception e) {
            outcomes.computeIfAbsent("no answer", s -> new AtomicInteger()).incrementAndGet();
            unanswered.add(pair);
        }
    }
}
