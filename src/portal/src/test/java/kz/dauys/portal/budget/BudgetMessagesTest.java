package kz.dauys.portal.budget;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The budget pages' texts exist in Kazakh, Russian and English, and every code the budget service sends has its text. */
class BudgetMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Pattern STATIC_KEY = Pattern.compile("\\{budget:([a-z0-9_]+)");

    static Set<String> keys() {
        return Arrays.stream(BudgetMsg.class.getDeclaredMethods()).map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyTextIsInKazakhRussianAndEnglishWithTheSamePlaceholders() throws IOException {
        for (String language : List.of("kk", "ru")) {
            Properties translated = new Properties();
            try (InputStream in = BudgetMsg.class.getClassLoader().getResourceAsStream("messages/budget_" + language + ".properties")) {
                assertThat(in).as("messages/budget_%s.properties", language).isNotNull();
                translated.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(translated.stringPropertyNames()).as("keys of budget_%s", language).containsExactlyInAnyOrderElementsOf(keys());
            for (Method method : BudgetMsg.class.getDeclaredMethods()) {
                String english = method.getAnnotation(Message.class).value();
                assertThat(english).as(method.getName()).isNotBlank();
                String text = translated.getProperty(method.getName());
                assertThat(text).as("%s in %s", method.getName(), language).isNotBlank();
                assertThat(placeholders(text)).as("placeholders of %s in %s", method.getName(), language).isEqualTo(placeholders(english));
            }
        }
    }

    @Test
    void templatesUseOnlyExistingTexts() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher matcher = STATIC_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).equals("message")) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys()).containsAll(used);
    }

    /** The codes of the budget service's enums (docs/services/budget.md) and the tally's ballot rules. */
    @Test
    void everyCodeOfTheBudgetServiceHasItsText() {
        known("budget_phase_", "ANNOUNCED", "PROPOSALS", "REVIEW", "VOTING", "TALLYING", "RESULTS", "IMPLEMENTATION");
        known("budget_phase_", BudgetReviewPages.PHASES.toArray(String[]::new));
        known("budget_review_", "PENDING", "FEASIBLE", "NOT_FEASIBLE", "MERGED");
        known("budget_moderation_", "PENDING", "APPROVED", "CHANGES_REQUESTED", "REJECTED", "HIDDEN");
        known("budget_decision_", "SUBMITTED", "RESUBMITTED", "MODERATION_APPROVED", "MODERATION_REJECTED",
                "MODERATION_CHANGES_REQUESTED", "MODERATION_HIDDEN", "MODERATION_RESTORED", "FEASIBLE", "NOT_FEASIBLE",
                "COST_ESTIMATED", "MERGED_INTO_ANOTHER", "ABSORBED_DUPLICATE");
        known("budget_outcome_rule_", "GREEDY", "EQUAL_SHARES");
        known("budget_impl_", "PLANNED", "IN_PROGRESS", "COMPLETED", "CANCELLED");
        known("budget_category_", "roads", "parks", "sport", "culture", "education", "health", "environment", "social",
                "safety", "transport", "other");
        known("budget_rule_", BallotForm.RULES.toArray(String[]::new));
        assertThat(keys()).contains("budget_rule_other");
    }

    @Test
    void aCodeThePortalDoesNotKnowGetsTheOtherText() {
        assertThat(new BudgetApi.Category("playgrounds").getKey()).isEqualTo("budget_category_unknown");
        assertThat(BudgetApi.key("budget_phase_", "ARCHIVED")).isEqualTo("budget_phase_unknown");
        assertThat(BudgetApi.key("budget_review_", null)).isEqualTo("budget_review_unknown");
        for (String prefix : List.of("budget_phase_", "budget_review_", "budget_moderation_", "budget_decision_",
                "budget_outcome_rule_", "budget_impl_", "budget_category_")) {
            assertThat(keys()).contains(prefix + "unknown");
        }
    }

    private static void known(String prefix, String... codes) {
        for (String code : codes) {
            String expected = prefix + code.toLowerCase(Locale.ROOT);
            assertThat(keys()).as("text of %s", code).contains(expected);
            if (!prefix.equals("budget_rule_")) {
                assertThat(BudgetApi.key(prefix, code)).isEqualTo(expected);
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
