package kz.dauys.ombudsman.cases;

import kz.dauys.contract.LocalizedText;

import java.time.LocalDate;

/** Standard messages to the complainant, in the language they wrote in, when staff write none themselves. */
final class ComplainantNotices {

    private ComplainantNotices() {
    }

    static String acknowledged(OmbudsmanCase c) {
        return new LocalizedText(
                "Сіздің %s шағымыңыз тіркелді және қаралуда. Шешім мерзімі: %s.".formatted(c.number, c.effectiveDecisionDueOn()),
                "Ваша жалоба %s зарегистрирована и рассматривается. Срок решения: %s.".formatted(c.number, c.effectiveDecisionDueOn()),
                "Your complaint %s has been registered and is being assessed. Decision due by %s.".formatted(c.number, c.effectiveDecisionDueOn()))
                .in(c.complainantLanguage);
    }

    static String extended(OmbudsmanCase c, LocalDate until, String reason) {
        return new LocalizedText(
                "%s шағымы бойынша шешім мерзімі %s дейін ұзартылды. Себебі: %s".formatted(c.number, until, reason),
                "Срок решения по жалобе %s продлён до %s. Причина: %s".formatted(c.number, until, reason),
                "The decision on complaint %s has been extended until %s. Reason: %s".formatted(c.number, until, reason))
                .in(c.complainantLanguage);
    }

    static String inadmissible(OmbudsmanCase c) {
        return new LocalizedText(
                "%s шағымы қабылданбады. Себептері: %s. Қайда жүгінуге болады: %s".formatted(c.number, c.outcomeReasons, c.redirectTo),
                "Жалоба %s не может быть принята к рассмотрению. Причины: %s. Куда обратиться: %s".formatted(c.number, c.outcomeReasons, c.redirectTo),
                "Complaint %s cannot be taken up. Reasons: %s. Where to turn instead: %s".formatted(c.number, c.outcomeReasons, c.redirectTo))
                .in(c.complainantLanguage);
    }

    static String transferred(OmbudsmanCase c) {
        return new LocalizedText(
                "%s шағымы құзыретіне сәйкес жіберілді: %s.".formatted(c.number, c.transferredTo),
                "Жалоба %s направлена по компетенции: %s.".formatted(c.number, c.transferredTo),
                "Complaint %s has been transferred to the competent body: %s.".formatted(c.number, c.transferredTo))
                .in(c.complainantLanguage);
    }

    static String accepted(OmbudsmanCase c) {
        return new LocalizedText(
                "%s шағымы қарауға қабылданды.".formatted(c.number),
                "Жалоба %s принята к рассмотрению.".formatted(c.number),
                "Complaint %s has been accepted for examination.".formatted(c.number))
                .in(c.complainantLanguage);
    }
}
