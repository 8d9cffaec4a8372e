package kz.dauys.ombudsman.privacy;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Encrypts personal free texts at rest with AES-256-GCM: {@code <key id>:<base64(nonce || ciphertext+tag)>}.
 * A fresh random 96-bit nonce per value; the tag makes any tampering with a stored value fail loudly.
 * The key id prefix allows rotation (values under an unknown key id are rejected).
 */
@ApplicationScoped
@Unremovable
public class TextCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    @Inject
    TextCipher(@ConfigProperty(name = "dauys.privacy.text-key") String base64Key,
               @ConfigProperty(name = "dauys.privacy.text-key-id", defaultValue = "k1") String keyId) {
        this(Base64.getDecoder().decode(base64Key), keyId);
    }

    public TextCipher(byte[] keyBytes, String keyId) {
        if (keyBytes.length != 32) {
            throw new IllegalStateException("The text key must be 32 bytes (AES-256), base64-encoded");
        }
        if (keyId.contains(":")) {
            throw new IllegalStateException("The text key id must not contain ':'");
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
        this.keyId = keyId;
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return keyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        if (colon < 0 || !stored.substring(0, colon).equals(keyId)) {
            throw new IllegalStateException("Stored text is not encrypted under the current key id " + keyId);
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored text cannot be decrypted (wrong key or tampered value)", e);
        }
    }
}
