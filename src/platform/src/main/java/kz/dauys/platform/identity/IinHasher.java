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

    private final SecretKeySpec key;
    private final String keyId;

    IinHasher(@ConfigProperty(name = "dauys.iin.hash-key") String base64Key,
              @ConfigProperty(name = "dauys.iin.hash-key-id", defaultValue = "k1") String keyId) {
        byte[] keyBytes = Base64.getDecoder().decode(base64Key);
        if (keyBytes.length < 32) {
            throw new IllegalStateException("dauys.iin.hash-key must be at least 32 bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(keyBytes, "HmacSHA256");
        this.keyId = keyId;
    }

    /** {@code <key id>:<hex HMAC>} of the IIN's 12 digits. */
    public String hash(Iin iin) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return keyId + ":" + HexFormat.of().formatHex(mac.doFinal(iin.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
