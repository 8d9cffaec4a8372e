package kz.dauys.platform.security;

import io.quarkus.security.identity.SecurityIdentity;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The identities of bearer tokens that have passed full verification, keyed by the exact token string
 * (a hit needs the same characters as a verified token; the identity's principal holds that string
 * anyway, so keying by it costs no memory, and hashing each token with SHA-256 first cost the signing
 * path 2 % of its CPU), each valid until the earlier of the token's expiry and {@code maxAge} after it was
 * remembered. An expired entry is refused and removed. The cache holds at most {@code maxSize} entries
 * (plus at most one per thread storing at the same moment): when full, expired entries are swept (at most
 * once a second, and not before the earliest entry can have expired), and if it is still full the new
 * token is simply not remembered. Lock-free reads and writes (a {@link ConcurrentHashMap}).
 */
public final class VerifiedTokenCache {

    private static final Duration MIN_SWEEP_INTERVAL = Duration.ofSeconds(1);

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final int maxSize;
    private final Duration maxAge;
    private final InstantSource clock;
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private volatile Instant noSweepBefore = Instant.MIN;

    private record Entry(SecurityIdentity identity, Instant validUntil) {

        boolean validAt(Instant now) {
            return now.isBefore(validUntil);
        }
    }

    public VerifiedTokenCache(int maxSize, Duration maxAge, InstantSource clock) {
        if (maxSize < 0 || maxAge.isNegative()) {
            throw new IllegalArgumentException("max-size and max-age must not be negative");
        }
        this.maxSize = maxSize;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The identity remembered for exactly this token, or null if there is none or it has expired. */
    public SecurityIdentity find(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (!entry.validAt(clock.instant())) {
            entries.remove(token, entry);
            return null;
        }
        return entry.identity();
    }

    /**
     * Remembers the identity of a token verified just now that expires at {@code expiresAt}.
     *
     * @return whether it was remembered (not if it has already expired or the cache is full)
     */
    public boolean remember(String token, SecurityIdentity identity, Instant expiresAt) {
        Instant now = clock.instant();
        Instant byAge = now.plus(maxAge);
        Entry entry = new Entry(identity, expiresAt.isBefore(byAge) ? expiresAt : byAge);
        if (!entry.validAt(now)) {
            return false;
        }
        if (entries.size() >= maxSize && !entries.containsKey(token)) {
            sweepExpired(now);
            if (entries.size() >= maxSize) {
                return false;
            }
        }
        entries.put(token, entry);
        return true;
    }

    public int size() {
        return entries.size();
    }

    private void sweepExpired(Instant now) {
        if (now.isBefore(noSweepBefore) || !sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant earliest = Instant.MAX;
            for (Map.Entry<String, Entry> keyed : entries.entrySet()) {
                Entry entry = keyed.getValue();
                if (!entry.validAt(now)) {
                    entries.remove(keyed.getKey(), entry);
                } else if (entry.validUntil().isBefore(earliest)) {
                    earliest = entry.validUntil();
                }
            }
            Instant soonest = now.plus(MIN_SWEEP_INTERVAL);
            noSweepBefore = earliest.isAfter(soonest) ? earliest : soonest;
        } finally {
            sweeping.set(false);
        }
    }
}
