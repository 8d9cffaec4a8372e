package kz.dauys.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedTokenCacheTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIiwiZXhwIjoxfQ.c2lnbmF0dXJl";

    private final FakeClock clock = new FakeClock();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(100, Duration.ofMinutes(5), clock);

    @Test
    void aRememberedTokenIsFoundBeforeItExpires() {
        SecurityIdentity identity = identity("aigerim");
        assertTrue(cache.remember(TOKEN, identity, T0.plusSeconds(120)));

        clock.now = T0.plusSeconds(119);
        assertSame(identity, cache.find(TOKEN));
    }

    @Test
    void aTokenIsRefusedAndRemovedAtItsExpiryAndAfter() {
        cache.remember(TOKEN, identity("aigerim"), T0.plusSeconds(120));

        clock.now = T0.plusSeconds(120);
        assertNull(cache.find(TOKEN));
        assertEquals(0, cache.size());

        cache.remember(TOKEN, identity("aigerim"), T0.plusSeconds(180));
        clock.now = T0.plusSeconds(181);
        assertNull(cache.find(TOKEN));
        assertEquals(0, cache.size());
    }

    @Test
    void aTokenIsRefusedAfterMaxAgeEvenIfItHasNotExpired() {
        cache.remember(TOKEN, identity("aigerim"), T0.plus(Duration.ofHours(10)));

        clock.now = T0.plus(Duration.ofMinutes(5)).minusMillis(1);
        assertTrue(cache.find(TOKEN) != null);
        clock.now = T0.plus(Duration.ofMinutes(5));
        assertNull(cache.find(TOKEN));
        assertEquals(0, cache.size());
    }

    @Test
    void anExpiredTokenIsNotRemembered() {
        assertFalse(cache.remember(TOKEN, identity("aigerim"), T0));
        assertFalse(cache.remember(TOKEN, identity("aigerim"), T0.minusSeconds(1)));
        assertNull(cache.find(TOKEN));
        assertEquals(0, cache.size());
    }

    @Test
    void aDifferentTokenStringIsAMiss() {
        cache.remember(TOKEN, identity("aigerim"), T0.plusSeconds(120));

        assertNull(cache.find(TOKEN + "x"));
        assertNull(cache.find(TOKEN.substring(0, TOKEN.length() - 1)));
        assertNull(cache.find(TOKEN.replace("eyJzdWIiOiJhIiwi", "eyJzdWIiOiJiIiwi")));
        assertNull(cache.find(" " + TOKEN));
        assertEquals(1, cache.size());
    }

    @Test
    void whenFullANewTokenIsNotRememberedUntilAnEntryHasExpired() {
        VerifiedTokenCache small = new VerifiedTokenCache(2, Duration.ofMinutes(5), clock);
        SecurityIdentity first = identity("first");
        assertTrue(small.remember("first", first, T0.plusSeconds(60)));
        assertTrue(small.remember("second", identity("second"), T0.plusSeconds(240)));

        assertFalse(small.remember("third", identity("third"), T0.plusSeconds(240)));
        assertNull(small.find("third"));
        assertEquals(2, small.size());
        // Remembering a token again (a concurrent second verification) is not a new entry.
        assertTrue(small.remember("first", first, T0.plusSeconds(60)));
        assertEquals(2, small.size());

        clock.now = T0.plusSeconds(60);
        assertTrue(small.remember("third", identity("third"), T0.plusSeconds(240)));
        assertEquals(2, small.size());
        assertNull(small.find("first"));
        assertTrue(small.find("second") != null);
        assertTrue(small.find("third") != null);
    }

    @Test
    void aFullCacheOfValidEntriesStaysAsItIs() {
        VerifiedTokenCache small = new VerifiedTokenCache(3, Duration.ofMinutes(5), clock);
        for (int i = 0; i < 3; i++) {
            small.remember("token-" + i, identity("user-" + i), T0.plusSeconds(300));
        }
        for (int i = 3; i < 1000; i++) {
            clock.now = T0.plusMillis(i);
            assertFalse(small.remember("token-" + i, identity("user-" + i), T0.plusSeconds(300)));
        }
        assertEquals(3, small.size());
        for (int i = 0; i < 3; i++) {
            assertEquals("user-" + i, small.find("token-" + i).getPrincipal().getName());
        }
    }

    @Test
    void maxSizeZeroRemembersNothing() {
        VerifiedTokenCache none = new VerifiedTokenCache(0, Duration.ofMinutes(5), clock);
        assertFalse(none.remember(TOKEN, identity("aigerim"), T0.plusSeconds(60)));
        assertNull(none.find(TOKEN));
    }

    private static SecurityIdentity identity(String name) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name)).addRole("citizen").build();
    }

    private static final class FakeClock implements InstantSource {
        Instant now = T0;

        @Override
        public Instant instant() {
            return now;
        }
    }
}
