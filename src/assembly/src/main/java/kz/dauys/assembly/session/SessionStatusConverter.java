package kz.dauys.assembly.session;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a session status by its lowercase code. */
@Converter(autoApply = true)
public class SessionStatusConverter implements AttributeConverter<SessionStatus, String> {

    @Override
    public String convertToDatabaseColumn(SessionStatus status) {
        return status == null ? null : status.code();
    }

    @Override
    public SessionStatus convertToEntityAttribute(String code) {
        return code == null ? null : SessionStatus.fromCode(code);
    }
}
