package kz.dauys.platform.identity;

import kz.dauys.kernel.iin.Iin;
import kz.dauys.kernel.iin.Sex;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The keyed hash is HMAC-SHA256 of the 12 digits, the same on every thread that reuses its Mac. */
class IinHasherTest {

    private static final String KEY = Base64.getEncoder().encodeToString("a-test-key-of-at-least-thirty-two-bytes!".getBytes(StandardCharsets.US_ASCII));

    @Test
    void hashesFromManyThreadsEqualAFreshHmacOfEachIin() throws Exception {
        IinHasher hasher = new IinHasher(KEY, "k7");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int n = 0; n < 2000; n++) {
                Iin iin = Iin.parse(Iin.generate(LocalDate.of(1970, 1, 1).plusDays(n), n % 2 == 0 ? Sex.FEMALE : Sex.MALE, 1000 + n));
                checks.add(pool.submit((Callable<Boolean>) () -> hasher.hash(iin).equals("k7:" + freshHmac(iin.value()))));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void equalIinsGiveEqualHashesAndDifferentIinsDifferentOnes() {
        IinHasher hasher = new IinHasher(KEY, "k1");
        Iin one = Iin.parse(Iin.generate(LocalDate.of(1995, 3, 14), Sex.FEMALE, 1237));
        Iin other = Iin.parse(Iin.generate(LocalDate.of(1988, 7, 2), Sex.MALE, 4566));
        assertThat(hasher.hash(one)).isEqualTo(hasher.hash(Iin.parse(one.value()))).startsWith("k1:").hasSize(3 + 64);
        assertThat(hasher.hash(one)).isNotEqualTo(hasher.hash(other));
    }

    private static String freshHmac(String digits) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(KEY), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
    }
}
