package kz.dauys.petitions.signing;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What the audit trail keeps about the client of a signature: a keyed hash of its address (so an admin
 * can group and invalidate by address without anyone reading addresses) and the user agent's family.
 */
@ApplicationScoped
public class ClientFingerprint {

    /** One initialised Mac per thread: looking up and keying a Mac costs more than the hash itself. */
    private final ThreadLocal<Mac> macs;

    ClientFingerprint(@ConfigProperty(name = "dauys.iin.hash-key") String base64Key) {
        // Derived from the service's secret but domain-separated, so an address hash never equals an IIN hash.
        byte[] secret = Base64.getDecoder().decode(base64Key);
        SecretKeySpec key = new SecretKeySpec(hmac(newMac(new SecretKeySpec(secret, "HmacSHA256")), "client-address"), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> newMac(key));
    }

    public String addressHash(String address) {
        // 16 of the 32 bytes, as 32 hex digits.
        return HexFormat.of().formatHex(hmac(macs.get(), address == null ? "" : address), 0, 16);
    }

    /** A coarse family of the user agent (browser or tool), never the full string. */
    public static String userAgentFamily(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "none";
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        if (ua.contains("edg/")) {
            return "edge";
        }
        if (ua.contains("opr/") || ua.contains("opera")) {
            return "opera";
        }
        if (ua.contains("yabrowser")) {
            return "yandex";
        }
        if (ua.contains("firefox")) {
            return "firefox";
        }
        if (ua.contains("chrome") || ua.contains("crios")) {
            return "chrome";
        }
        if (ua.contains("safari")) {
            return "safari";
        }
        if (ua.contains("curl") || ua.contains("wget")) {
            return "cli";
        }
        if (ua.contains("java") || ua.contains("okhttp") || ua.contains("python") || ua.contains("go-http")
                || ua.contains("apache-httpclient") || ua.contains("node")) {
            return "library";
        }
        return "other";
    }

    /** doFinal also resets the Mac for the next text. */
    private static byte[] hmac(Mac mac, String text) {
        return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
