package kz.dauys.portal.i18n;

import io.quarkus.qute.i18n.Message;
import kz.dauys.portal.web.Flash;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in Kazakh, Russian and English, and pages ask only for texts that exist. */
class MessageBundleCompletenessTest {

    private static final Pattern STATIC_KEY = Pattern.compile("\\{msg:([a-z0-9_]+)");
    private static final Pattern DYNAMIC_PREFIX = Pattern.compile("\\.key\\('([a-z_]+)'\\)");

    static Set<String> keys() {
        return Arrays.stream(Msg.class.getDeclaredMethods()).map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    static Properties translations(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Msg.class.getClassLoader().getResourceAsStream("messages/msg_" + language + ".properties")) {
            assertThat(in).as("messages/msg_%s.properties", language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyIsTranslatedIntoKazakhAndRussianWithTheSamePlaceholders() throws IOException {
        for (String language : List.of("kk", "ru")) {
            Properties translated = translations(language);
            assertThat(translated.stringPropertyNames()).as("keys of msg_%s", language).containsExactlyInAnyOrderElementsOf(keys());
            for (Method method : Msg.class.getDeclaredMethods()) {
                String english = method.getAnnotation(Message.class).value();
                String text = translated.getProperty(method.getName());
                assertThat(text).as("%s in %s", method.getName(), language).isNotBlank();
                assertThat(TemplateTexts.placeholders(text)).as("placeholders of %s in %s", method.getName(), language)
                        .isEqualTo(TemplateTexts.placeholders(english));
            }
        }
    }

    @Test
    void englishIsNeverEmpty() {
        for (Method method : Msg.class.getDeclaredMethods()) {
            assertThat(method.getAnnotation(Message.class)).as(method.getName()).isNotNull();
            assertThat(method.getAnnotation(Message.class).value()).as(method.getName()).isNotBlank();
        }
    }

    @Test
    void templatesUseOnlyExistingKeys() throws IOException {
        Set<String> keys = keys();
        Set<String> used = new TreeSet<>(TemplateTexts.found(STATIC_KEY));
        used.remove("message");
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    /** Keys built from codes at run time ({@code state.key('state_')}): every code the services send has its text. */
    @Test
    void dynamicKeysExistForEveryKnownCode() throws IOException {
        Set<String> keys = keys();
        Set<String> prefixes = TemplateTexts.found(DYNAMIC_PREFIX);
        assertThat(prefixes).containsExactlyInAnyOrder("state_", "eligibility_", "outcome_", "my_signature_");
        for (String status : List.of("valid", "withdrawn", "invalidated", "unknown")) {
            assertThat(keys).contains("my_signature_" + status);
        }
        for (String state : List.of("draft", "in_moderation", "gathering_backers", "open", "under_consideration", "answered",
                "closed", "rejected", "closed_unsuccessful", "withdrawn", "hidden", "unknown")) {
            assertThat(keys).contains("state_" + state);
        }
        for (String reason : List.of("ok", "sign_in_required", "not_a_citizen_account", "no_iin", "under_age", "already_signed",
                "not_signable", "not_resident")) {
            assertThat(keys).contains("eligibility_" + reason);
        }
        for (String outcome : List.of("approve", "reject", "request_changes", "hide", "restore")) {
            assertThat(keys).contains("outcome_" + outcome);
        }
        for (String done : Flash.DONE) {
            assertThat(keys).contains(Flash.of(done, null).key());
        }
        for (String error : Flash.ERRORS) {
            assertThat(keys).contains(Flash.of(null, error).key());
        }
        for (String code : List.of("400", "401", "403", "404", "429", "500", "503")) {
            assertThat(keys).contains("error_" + code + "_title", "error_" + code + "_text");
        }
        for (String nav : List.of("nav_petitions", "nav_budget", "nav_assembly", "nav_ombudsman", "nav_mine", "nav_official",
                "nav_moderation", "nav_ombudsman_desk")) {
            assertThat(keys).contains(nav);
        }
    }

}
