package kz.dauys.moderation.checks;

import kz.dauys.kernel.iin.Iin;
import kz.dauys.kernel.iin.Sex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The text checks on real reference data: what they find, exactly where, and what they leave alone. */
class TextChecksTest {

    private final TextChecks checks = TextChecks.standard();

    private List<Finding> findings(String check, String body) {
        return checks.run("Title", body, Map.of()).findings().stream().filter(f -> f.check().equals(check)).toList();
    }

    @Test
    void excludedSubjectMatchesInflectedRussianPhraseWithOffsets() {
        String body = "Требуем отменить приговор и уволить судью района.";
        assertThat(findings("excluded_subject", body))
                .extracting(Finding::code, Finding::field, Finding::start, Finding::end, Finding::matched, Finding::severity)
                .containsExactly(
                        tuple("excluded.courts", "body", 17, 25, "приговор", Severity.MEDIUM),
                        tuple("excluded.dismissal_of_officials", "body", 28, 35, "уволить", Severity.MEDIUM),
                        tuple("excluded.courts", "body", 36, 41, "судью", Severity.MEDIUM));
    }

    @Test
    void excludedSubjectInKazakhAndEnglish() {
        assertThat(findings("excluded_subject", "Мемлекеттік құпияны жария ету керек"))
                .extracting(Finding::code, Finding::start, Finding::end)
                .containsExactly(tuple("excluded.state_secrets", 0, 19));
        assertThat(findings("excluded_subject", "We ask for an amnesty for all."))
                .extracting(Finding::code, Finding::matched)
                .containsExactly(tuple("excluded.amnesty", "amnesty"));
    }

    @Test
    void stemsDoNotCatchUnrelatedWords() {
        // "сотрудник" starts like "сот" (court), "судьба" like "судья": neither is about courts.
        assertThat(findings("excluded_subject", "Сотрудник акимата решил судьбу сквера; судно стоит в порту."))
                .isEmpty();
    }

    @Test
    void multiWordPhraseCoversAllItsWords() {
        String body = "Это угрожает национальной безопасности страны";
        assertThat(findings("excluded_subject", body))
                .extracting(Finding::code, Finding::start, Finding::end, Finding::matched)
                .containsExactly(tuple("excluded.national_security", 13, 38, "национальной безопасности"));
    }

    @Test
    void profanityAcrossCaseYoAndLatinLookalikes() {
        // "Xуйня" begins with a Latin X; "ЁБАНЫЙ" is upper case with ё; "идиоты" is an insult.
        String body = "Это Xуйня, ЁБАНЫЙ стыд, идиоты!";
        assertThat(findings("profanity", body))
                .extracting(Finding::code, Finding::start, Finding::end, Finding::severity)
                .containsExactly(
                        tuple("profanity.obscene", 4, 9, Severity.HIGH),
                        tuple("profanity.obscene", 11, 17, Severity.HIGH),
                        tuple("profanity.insult", 24, 30, Severity.MEDIUM));
        assertThat(findings("mixed_script", body)).extracting(Finding::start, Finding::end).containsExactly(tuple(4, 9));
    }

    @Test
    void profanityOnWordBoundariesOnly() {
        // "скрипка" contains no listed word at a boundary; "Shittake" is not "shit"; "blyad" is transliteration not listed.
        assertThat(findings("profanity", "Играю на скрипке, ем грибы Shittake, hello")).isEmpty();
        assertThat(findings("profanity", "This is bullshit, you moron."))
                .extracting(Finding::code, Finding::matched)
                .containsExactly(tuple("profanity.obscene", "bullshit"), tuple("profanity.insult", "moron"));
        assertThat(findings("profanity", "Сен ақымақсың"))
                .extracting(Finding::code, Finding::start, Finding::end)
                .containsExactly(tuple("profanity.insult", 4, 13));
    }

    @Test
    void personalDataIsFoundAndMasked() {
        String iin = Iin.generate(LocalDate.of(1990, 3, 15), Sex.FEMALE, 1234);
        String invalidIin = iin.substring(0, 11) + ((iin.charAt(11) - '0' + 1) % 10);
        String body = "ИИН " + iin + ", не ИИН " + invalidIin + ". Тел +7 701 234 56 78 или 8(777)1234567, "
                + "почта aigerim.test@mail.kz, карта 4111 1111 1111 1111, не карта 4111 1111 1111 1112.";
        List<Finding> found = findings("personal_data", body);

        assertThat(found).extracting(Finding::code, Finding::severity).containsExactly(
                tuple("personal_data.iin", Severity.HIGH),
                tuple("personal_data.phone", Severity.MEDIUM),
                tuple("personal_data.phone", Severity.MEDIUM),
                tuple("personal_data.email", Severity.MEDIUM),
                tuple("personal_data.card", Severity.HIGH));
        Finding iinFinding = found.get(0);
        assertThat(body.substring(iinFinding.start(), iinFinding.end())).isEqualTo(iin);
        assertThat(iinFinding.matched()).isEqualTo("**********" + iin.substring(10));
        assertThat(body.substring(found.get(1).start(), found.get(1).end())).isEqualTo("+7 701 234 56 78");
        assertThat(found.get(1).matched()).isEqualTo("+* *** *** ** 78");
        assertThat(body.substring(found.get(2).start(), found.get(2).end())).isEqualTo("8(777)1234567");
        assertThat(found.get(3).matched()).isEqualTo("a***@mail.kz");
        assertThat(found.get(4).matched()).isEqualTo("**** **** **** 1111");
        assertThat(found).allSatisfy(f -> assertThat(f.matched()).doesNotContain(iin, "aigerim", "234 56", "4111 1111"));
    }

    @Test
    void foreignPhoneAndShortNumbersAreNotPersonalData() {
        assertThat(findings("personal_data", "Бюджет 1200000 тенге, тел. +1 202 555 0143, год 2024")).isEmpty();
    }

    @Test
    void languageByLetterStatistics() {
        assertThat(checks.run("Саябақ салу", "Біздің ауданда балаларға арналған саябақ жоқ, соны салуды сұраймыз.", Map.of())
                .language()).isEqualTo("kk");
        assertThat(checks.run("Построить парк", "В нашем районе нет парка для детей, просим его построить.", Map.of())
                .language()).isEqualTo("ru");
        assertThat(checks.run("Build a park", "There is no park for children in our district.", Map.of())
                .language()).isEqualTo("en");
        // A Russian text naming a Kazakh place stays Russian.
        assertThat(checks.run("Парк в Қонаеве", "В городе нет большого парка, просим рассмотреть строительство нового парка для жителей.", Map.of())
                .language()).isEqualTo("ru");
        CheckReport none = checks.run("12", "345", Map.of());
        assertThat(none.language()).isNull();
        assertThat(none.findings()).extracting(Finding::code).containsExactly("language.unknown");
    }

    @Test
    void furtherFieldsAreCheckedUnderTheirNames() {
        CheckReport report = checks.run("Парк", "Просим парк.", Map.of("requestedAction", "Объявить амнистию"));
        assertThat(report.findings()).filteredOn(f -> f.check().equals("excluded_subject"))
                .extracting(Finding::field, Finding::start, Finding::end)
                .containsExactly(tuple("fields.requestedAction", 9, 17));
    }

    @Test
    void riskScoreAddsSeverityWeightsUpToHundred() {
        assertThat(checks.run("Парк", "Просим построить парк во дворе.", Map.of()).riskScore()).isZero();
        // One MEDIUM (courts) + one HIGH (obscene) = 60.
        assertThat(checks.run("Суд", "Хуйня какая-то", Map.of()).riskScore()).isEqualTo(60);
        assertThat(checks.run("Суд судья приговор", "Хуйня блять пиздец", Map.of()).riskScore()).isEqualTo(100);
    }

    @Test
    void luhn() {
        assertThat(PersonalDataCheck.passesLuhn("4111111111111111")).isTrue();
        assertThat(PersonalDataCheck.passesLuhn("4111111111111112")).isFalse();
        assertThat(PersonalDataCheck.passesLuhn("5500005555555559")).isTrue();
    }
}
