package kz.dauys.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.kernel.iin.Iin;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Keyed hash of an IIN (HMAC-SHA256), the only form in which services store it: equal IINs give equal
 * hashes (so the database can enforce one signature or ballot per person), and without the key a
 * hash cannot be reversed by trying all ~10^11 valid IINs. The key id prefix allows rotation.
 */
@ApplicationScoped
public class IinHasher {

    private final String keyId;
    /** One keyed Mac per thread: looking up and keying a Mac costs more than hashing 12 digits. */
    private final ThreadLocal<Mac> macs;

    IinHasher(@ConfigProperty(name = "dauys.iin.hash-key") String base64Key,
              @ConfigProperty(name = "dauys.iin.hash-key-id", defaultValue = "k1") String keyId) {
        byte[] keyBytes = Base64.getDecoder().decode(base64Key);
        if (keyBytes.length < 32) {
            throw new IllegalStateException("dauys.iin.hash-key must be at least 32 bytes, base64-encoded");
        }
        SecretKeySpec key = new SecretKeySpec(keyBytes, "HmacSHA256");
        this.keyId = keyId;
        this.macs = ThreadLocal.withInitial(() -> newMac(key));
    }

    /** {@code <key id>:<hex HMAC>} of the IIN's 12 digits. */
    public String hash(Iin iin) {
        // doFinal also resets the Mac for the next IIN.
        return keyId + ":" + HexFormat.of().formatHex(macs.get().doFinal(iin.value().getBytes(StandardCharsets.US_ASCII)));
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
