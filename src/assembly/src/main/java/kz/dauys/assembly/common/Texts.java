package kz.dauys.assembly.common;

import kz.dauys.contract.LocalizedText;
import kz.dauys.platform.problem.ProblemException;

/** Checks of texts written in the portal's languages. */
public final class Texts {

    private Texts() {
    }

    /** A text that has at least one language filled in, each at most {@code maxLength} characters. */
    public static LocalizedText required(String field, LocalizedText text, int maxLength) {
        if (text == null || isBlank(text.kk()) && isBlank(text.ru()) && isBlank(text.en())) {
            throw ProblemException.invalidField(field, field + " needs a text in at least one of kk, ru, en");
        }
        return optional(field, text, maxLength);
    }

    /** A text that may be absent; blank languages become null. */
    public static LocalizedText optional(String field, LocalizedText text, int maxLength) {
        if (text == null) {
            return null;
        }
        LocalizedText trimmed = new LocalizedText(trim(text.kk()), trim(text.ru()), trim(text.en()));
        for (String value : new String[] {trimmed.kk(), trimmed.ru(), trimmed.en()}) {
            if (value != null && value.length() > maxLength) {
                throw ProblemException.invalidField(field, field + " must be at most " + maxLength + " characters in each language");
            }
        }
        return trimmed.kk() == null && trimmed.ru() == null && trimmed.en() == null ? null : trimmed;
    }

    private static String trim(String value) {
        return isBlank(value) ? null : value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
