package kz.dauys.moderation.checks;

import kz.dauys.kernel.iin.Iin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data that should not be published: IINs that pass the checksum, Kazakh mobile numbers,
 * e-mail addresses and payment card numbers that pass the Luhn check. The matched text is kept only
 * masked, so findings never carry the data in clear.
 */
public class PersonalDataCheck implements TextCheck {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![\\d])\\d{12}(?![\\d])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:\\+7|8)[\\s\\-]?\\(?7\\d{2}\\)?[\\s\\-]?\\d{3}[\\s\\-]?\\d{2}[\\s\\-]?\\d{2}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[\\w.+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CARD = Pattern.compile("(?<![\\d])\\d(?:[ \\-]?\\d){12,18}(?![\\d])");

    @Override
    public List<Finding> check(CheckedField field) {
        String text = field.text();
        List<Finding> findings = new ArrayList<>();
        Matcher iin = TWELVE_DIGITS.matcher(text);
        while (iin.find()) {
            if (Iin.isValid(iin.group())) {
                findings.add(finding("personal_data.iin", Severity.HIGH, field, iin, maskDigits(iin.group(), 2),
                        "A valid individual identification number (IIN): it identifies a person and must not be published."));
            }
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            findings.add(finding("personal_data.phone", Severity.MEDIUM, field, phone, maskDigits(phone.group(), 2),
                    "A Kazakh mobile phone number."));
        }
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            findings.add(finding("personal_data.email", Severity.MEDIUM, field, email, maskEmail(email.group()),
                    "An e-mail address."));
        }
        Matcher card = CARD.matcher(text);
        while (card.find()) {
            String digits = card.group().replaceAll("\\D", "");
            if (passesLuhn(digits)) {
                findings.add(finding("personal_data.card", Severity.HIGH, field, card, maskDigits(card.group(), 4),
                        "A payment card number (passes the Luhn check)."));
            }
        }
        findings.sort(java.util.Comparator.comparingInt(Finding::start));
        return findings;
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** Every digit but the last {@code keep} replaced by *, separators kept. */
    static String maskDigits(String text, int keep) {
        int digits = (int) text.chars().filter(Character::isDigit).count();
        StringBuilder out = new StringBuilder(text.length());
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen > digits - keep ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String maskEmail(String email) {
        int at = email.indexOf('@');
        return email.charAt(0) + "***" + email.substring(at);
    }

    private static Finding finding(String code, Severity severity, CheckedField field, Matcher m, String masked,
                                   String explanation) {
        return Finding.at("personal_data", code, severity, field.name(), m.start(), m.end(), masked, explanation);
    }
}
