package kz.dauys.ombudsman.privacy;

import io.quarkus.arc.Arc;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an entity's text attribute encrypted by {@link TextCipher}. */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher().encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return cipher().decrypt(column);
    }

    private static TextCipher cipher() {
        return Arc.container().instance(TextCipher.class).get();
    }
}
