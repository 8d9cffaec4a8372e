package kz.dauys.petitions.signing;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.petitions.PetitionsConfig;
import kz.dauys.platform.problem.ProblemException;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per account and per client address for signing attempts. A bucket holds a minute's
 * allowance and refills continuously; an empty bucket answers 429 with the seconds until the next token.
 * Kept in memory per instance: a limit, not a ledger.
 */
@ApplicationScoped
public class RateLimiter {

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final PetitionsConfig.RateLimit limits;

    RateLimiter(PetitionsConfig config) {
        this.limits = config.rateLimit();
    }

    public void checkSigning(String subject, String addressHash) {
        take("a:" + subject, limits.accountPerMinute(), "You are signing too often from this account.");
        take("ip:" + addressHash, limits.addressPerMinute(), "Too many signatures come from your network right now.");
    }

    private void take(String key, int perMinute, String detail) {
        long now = System.nanoTime();
        long waitNanos = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now)).take(now, perMinute);
        if (waitNanos > 0) {
            throw ProblemException.tooManyRequests(detail + " Please try again shortly.",
                    Duration.ofNanos(waitNanos).plusSeconds(1).withNanos(0));
        }
    }

    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetFullBuckets() {
        long now = System.nanoTime();
        buckets.entrySet().removeIf(e -> e.getValue().idleSince(now) > Duration.ofMinutes(2).toNanos());
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updated = now;
        }

        /** Takes a token; returns 0, or the nanoseconds until one is available. */
        synchronized long take(long now, int perMinute) {
            double perNano = perMinute / 60e9;
            tokens = Math.min(perMinute, tokens + (now - updated) * perNano);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano);
        }

        synchronized long idleSince(long now) {
            return now - updated;
        }
    }
}
