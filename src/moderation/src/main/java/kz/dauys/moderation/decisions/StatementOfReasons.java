package kz.dauys.moderation.decisions;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.contract.ContentKind;
import kz.dauys.contract.moderation.ModerationOutcome;
import kz.dauys.moderation.ModerationConfig;
import kz.dauys.moderation.reference.ReasonCatalog;
import kz.dauys.moderation.reference.ReasonCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Writes the statement of reasons the author receives: what was decided, the facts, the ground,
 * whether automated means were involved, and how to appeal or what to do next. Built from the
 * templates in {@code statements/statement_<lang>.properties} plus the moderator's own text, in the
 * author's language when it is known.
 */
@ApplicationScoped
public class StatementOfReasons {

    public static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");
    private static final String FALLBACK_LANGUAGE = "ru";

    private final Map<String, Properties> templates = new HashMap<>();
    private final ReasonCatalog reasons;
    private final ModerationConfig config;

    StatementOfReasons(ReasonCatalog reasons, ModerationConfig config) {
        this.reasons = reasons;
        this.config = config;
        for (String language : LANGUAGES) {
            templates.put(language, load("statements/statement_" + language + ".properties"));
        }
    }

    /** The facts of a moderator's decision, for {@link #write}. */
    public record ModeratorDecision(String language, ContentKind kind, String title, ModerationOutcome outcome,
                                    String reasonCode, String text, LocalDate submittedOn, List<String> flaggedChecks,
                                    LocalDate appealLodgedOn, LocalDate appealableUntil) {
    }

    public String write(ModeratorDecision d) {
        String language = languageOf(d.language());
        Map<String, String> values = common(language, d.kind(), d.title());
        values.put("submittedOn", d.submittedOn().toString());
        values.put("text", d.text() == null ? "" : d.text().strip());
        List<String> lines = new ArrayList<>();
        lines.add(fill(language, "decision." + d.outcome(), values));
        if (d.appealLodgedOn() != null) {
            values.put("appealDate", d.appealLodgedOn().toString());
            lines.add(fill(language, "appealDecision", values));
        }
        lines.add(fill(language, "facts", values).strip());
        lines.add(ground(language, d.reasonCode(), values));
        if (d.flaggedChecks().isEmpty()) {
            lines.add(fill(language, "automation.clear", values));
        } else {
            values.put("checks", String.join(", ", d.flaggedChecks()));
            lines.add(fill(language, "automation.flagged", values));
        }
        if (d.appealLodgedOn() != null) {
            lines.add(fill(language, "next.final", values));
        } else if (d.outcome() == ModerationOutcome.REJECT || d.outcome() == ModerationOutcome.HIDE) {
            values.put("months", Integer.toString(config.appealWindowMonths()));
            values.put("until", d.appealableUntil().toString());
            lines.add(fill(language, "next." + d.outcome(), values));
        } else if (d.outcome() == ModerationOutcome.REQUEST_CHANGES) {
            lines.add(fill(language, "next.REQUEST_CHANGES", values));
        }
        return String.join("\n", lines);
    }

    /** The statement for a hide the service took by itself after {@code count} distinct reports. */
    public String writeHideAfterReports(String language, ContentKind kind, String title, int count, String reportReasons) {
        String lang = languageOf(language);
        Map<String, String> values = common(lang, kind, title);
        values.put("count", Integer.toString(count));
        values.put("reasons", reportReasons);
        return String.join("\n",
                fill(lang, "decision.HIDE", values),
                fill(lang, "facts.reports", values),
                ground(lang, ReasonCatalog.REPORTS_THRESHOLD, values),
                fill(lang, "automation.reports", values),
                fill(lang, "next.reports", values));
    }

    private String ground(String language, String reasonCode, Map<String, String> values) {
        ReasonCode reason = reasons.find(reasonCode).orElse(null);
        if (reason == null) {
            return fill(language, "ground.none", values);
        }
        values.put("ground", stripFinalDot(reason.ground().in(language)));
        values.put("reasonCode", reason.code());
        return fill(language, "ground", values);
    }

    private Map<String, String> common(String language, ContentKind kind, String title) {
        Map<String, String> values = new HashMap<>();
        values.put("kind", templates.get(language).getProperty("kind." + kind.name(), kind.name()));
        values.put("title", title);
        return values;
    }

    private static String languageOf(String language) {
        return language != null && LANGUAGES.contains(language) ? language : FALLBACK_LANGUAGE;
    }

    private String fill(String language, String key, Map<String, String> values) {
        String template = templates.get(language).getProperty(key);
        if (template == null) {
            throw new IllegalStateException("Statement template " + key + " missing for " + language);
        }
        String result = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("{" + value.getKey() + "}", value.getValue());
        }
        return result;
    }

    private static String stripFinalDot(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static Properties load(String resource) {
        try (InputStream in = StatementOfReasons.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
