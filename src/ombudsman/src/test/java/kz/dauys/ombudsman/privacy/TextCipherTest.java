package kz.dauys.ombudsman.privacy;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextCipherTest {

    private final TextCipher cipher = new TextCipher("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), "k1");

    @Test
    void roundTripsUnicodeAndHidesThePlainText() {
        String plain = "Менің ұлымды полиция ұстады / My son was detained";
        String sealed = cipher.encrypt(plain);
        assertThat(sealed).startsWith("k1:").doesNotContain("полиция").doesNotContain("detained");
        assertThat(cipher.decrypt(sealed)).isEqualTo(plain);
    }

    @Test
    void sameTextEncryptsDifferentlyEachTime() {
        assertThat(cipher.encrypt("same")).isNotEqualTo(cipher.encrypt("same"));
    }

    @Test
    void tamperedValueIsRejected() {
        String sealed = cipher.encrypt("a complaint");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "k1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void otherKeyCannotRead() {
        TextCipher other = new TextCipher("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII), "k1");
        assertThatThrownBy(() -> other.decrypt(cipher.encrypt("secret"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nullStaysNull() {
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }
}
