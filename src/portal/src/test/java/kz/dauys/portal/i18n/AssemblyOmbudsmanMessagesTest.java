package kz.dauys.portal.i18n;

import io.quarkus.qute.i18n.Message;
import kz.dauys.portal.assembly.AssemblyMsg;
import kz.dauys.portal.ombudsman.OmbudsmanMsg;
import kz.dauys.portal.web.FormProblem;
import kz.dauys.portal.web.ServiceProblem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assembly and ombudsman texts (bundles {@code assembly} and {@code ombudsman}) exist in Kazakh, Russian and
 * English with the same placeholders, the pages ask only for texts that exist, and the pages build message keys from the services' codes ({@code codeKey('prefix_')}):
 * a text exists for every code the services send, and for every refusal the forms explain.
 */
class AssemblyOmbudsmanMessagesTest {

    private static final Pattern CODE_KEY = Pattern.compile("\\.codeKey\\('([a-z_]+)'\\)");

    /** Every code of the assembly and ombudsman services, by the prefix the templates use. */
    static final Map<String, List<String>> CODES = Map.ofEntries(
            Map.entry("ombudsman_status_", List.of("received", "triage", "accepted", "inquiry", "recommendation", "closed", "inadmissible",
                    "transferred", "unknown")),
            Map.entry("ombudsman_urgency_", List.of("LIFE_OR_HEALTH", "DETENTION", "CHILDREN", "STANDARD", "unknown")),
            Map.entry("ombudsman_breach_", List.of("ACKNOWLEDGEMENT", "DECISION", "TRANSFER", "EXTENSION_NOTICE", "BODY_ANSWER", "unknown")),
            Map.entry("ombudsman_outcome_", List.of("ACCEPTED", "INADMISSIBLE", "TRANSFERRED", "unknown")),
            Map.entry("ombudsman_step_", List.of("inquiry", "recommendation", "closed", "unknown")),
            Map.entry("assembly_kind_", List.of("MASLIKHAT", "COMMUNITY_GATHERING", "unknown")),
            Map.entry("assembly_session_", List.of("planned", "agenda_published", "in_session", "closed", "minutes_published", "unknown")),
            Map.entry("assembly_move_", List.of("agenda_published", "in_session", "closed", "minutes_published", "unknown")),
            Map.entry("assembly_proposal_", List.of("in_moderation", "changes_requested", "rejected", "collecting", "awaiting_decision",
                    "accepted", "declined", "hidden", "unknown")),
            Map.entry("assembly_result_", List.of("ADOPTED", "REJECTED", "POSTPONED", "unknown")),
            Map.entry("assembly_choice_", List.of("FOR", "AGAINST", "ABSTAIN", "unknown")));

    private static final Map<String, Class<?>> BUNDLES = Map.of("assembly", AssemblyMsg.class, "ombudsman", OmbudsmanMsg.class);

    static Set<String> keys(Class<?> bundle) {
        return Arrays.stream(bundle.getDeclaredMethods()).map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> allKeys() {
        Set<String> keys = new TreeSet<>(keys(AssemblyMsg.class));
        keys.addAll(keys(OmbudsmanMsg.class));
        return keys;
    }

    @Test
    void everyTextExistsInKazakhRussianAndEnglishWithTheSamePlaceholders() throws IOException {
        for (var bundle : BUNDLES.entrySet()) {
            for (String language : List.of("kk", "ru")) {
                Properties translated = new Properties();
                String file = "messages/" + bundle.getKey() + "_" + language + ".properties";
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                    assertThat(in).as(file).isNotNull();
                    translated.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                assertThat(translated.stringPropertyNames()).as(file).containsExactlyInAnyOrderElementsOf(keys(bundle.getValue()));
                for (Method method : bundle.getValue().getDeclaredMethods()) {
                    String english = method.getAnnotation(Message.class).value();
                    assertThat(english).as(method.getName()).isNotBlank();
                    assertThat(method.getName()).startsWith(bundle.getKey() + "_");
                    String text = translated.getProperty(method.getName());
                    assertThat(text).as("%s in %s", method.getName(), language).isNotBlank();
                    assertThat(TemplateTexts.placeholders(text)).as("placeholders of %s in %s", method.getName(), language)
                            .isEqualTo(TemplateTexts.placeholders(english));
                }
            }
        }
    }

    @Test
    void templatesUseOnlyExistingTexts() throws IOException {
        for (var bundle : BUNDLES.entrySet()) {
            Pattern use = Pattern.compile("\\{" + bundle.getKey() + ":([a-z0-9_]+)");
            Set<String> used = new TreeSet<>();
            try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    Matcher matcher = use.matcher(Files.readString(file));
                    while (matcher.find()) {
                        if (!matcher.group(1).equals("message")) {
                            used.add(matcher.group(1));
                        }
                    }
                }
            }
            assertThat(used).as(bundle.getKey()).isNotEmpty();
            assertThat(keys(bundle.getValue())).as(bundle.getKey()).containsAll(used);
        }
    }


    @Test
    void everyCodeOfTheServicesHasItsText() throws IOException {
        Set<String> keys = allKeys();
        Set<String> prefixes = TemplateTexts.found(CODE_KEY);
        assertThat(CODES.keySet()).containsAll(prefixes);
        CODES.forEach((prefix, codes) -> codes.forEach(code ->
                assertThat(keys).contains(prefix + code.toLowerCase(java.util.Locale.ROOT))));
    }

    @Test
    void everyRefusalAFormExplainsHasItsText() {
        Set<String> keys = allKeys();
        for (String slug : List.of("notice-period", "agenda-empty", "agenda-too-long", "agenda-item-too-long", "quorum-not-met",
                "votes-exceed-attendance", "attendance-missing", "decisions-missing", "not-admissible", "wrong-transition",
                "invalid-transition", "something-else")) {
            for (int status : List.of(400, 403, 409, 422, 429)) {
                for (String prefix : List.of("assembly_", "ombudsman_")) {
                    FormProblem problem = FormProblem.of(new ServiceProblem(status, "https://dauys.kz/problems/" + slug, "detail"), prefix);
                    assertThat(keys).as(slug).contains(problem.key());
                    assertThat(problem.status()).isEqualTo(status);
                    assertThat(problem.detail()).isEqualTo("detail");
                }
            }
        }
        assertThat(FormProblem.of(new ServiceProblem(422, "https://dauys.kz/problems/notice-period", null), "assembly_").key())
                .isEqualTo("assembly_error_notice_period");
        assertThat(FormProblem.of(new ServiceProblem(503, null, null), "assembly_").status()).isEqualTo(400);
    }
}
