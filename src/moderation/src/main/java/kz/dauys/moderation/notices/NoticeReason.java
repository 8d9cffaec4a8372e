package kz.dauys.moderation.notices;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Why a user reports a published item. */
public enum NoticeReason {
    SPAM,
    OFFENSIVE,
    PERSONAL_DATA,
    UNLAWFUL,
    OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static NoticeReason of(String code) {
        return code == null ? null : valueOf(code.toUpperCase(Locale.ROOT));
    }
}
