package kz.dauys.portal.budget;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MultivaluedMap;
import kz.dauys.contract.LocalizedText;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The official's form to open or change a budget cycle, as typed (strings, so a refused form comes back as it was),
 * and its translation into the budget service's {@code CycleRequest}. The service checks the dates' order, the
 * territory and the ballot rules; the portal only checks what it must to build the request.
 */
public record CycleForm(String territoryCode, String titleKk, String titleRu, String titleEn, String descriptionKk,
                        String descriptionRu, String descriptionEn, String budget, String proposalsFrom, String reviewFrom,
                        String votingFrom, String tallyingFrom, String resultsFrom, String implementationFrom,
                        String outcomeRule, String utility, String ballotKind, String minProjects, String maxProjects,
                        String minBudgetSharePercent, String maxPoints, String maxPointsPerProject) {

    static final List<String> RULES = List.of("GREEDY", "EQUAL_SHARES");
    static final List<String> UTILITIES = List.of("COST", "CARDINALITY");
    static final List<String> BALLOT_KINDS = List.of("APPROVAL", "CUMULATIVE");

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(String territoryCode, LocalizedText title, LocalizedText description, Long budget,
                          BudgetApi.Phases phases, String outcomeRule, String utility, Rules ballotRules) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rules(String kind, Integer minProjects, Integer maxProjects, Integer minBudgetSharePercent,
                        Integer maxPoints, Integer maxPointsPerProject) {
    }

    /** The request, or the text key of what is missing or unreadable. */
    public record Checked(Request request, String problemKey) {
    }

    static CycleForm blank(String territory) {
        LocalDate start = LocalDate.now(kz.dauys.portal.web.Formats.ZONE).plusDays(7);
        return new CycleForm(territory == null ? "" : territory, "", "", "", "", "", "", "", start.toString(),
                start.plusDays(30).toString(), start.plusDays(45).toString(), start.plusDays(60).toString(),
                start.plusDays(67).toString(), start.plusDays(90).toString(), "GREEDY", "COST", "APPROVAL", "", "", "", "", "");
    }

    static CycleForm of(BudgetApi.Cycle c) {
        BudgetApi.Phases p = c.phases();
        BudgetApi.BallotRules r = c.ballotRules();
        return new CycleForm(c.territory() == null ? "" : c.territory().code(), text(c.title(), "kk"), text(c.title(), "ru"),
                text(c.title(), "en"), text(c.description(), "kk"), text(c.description(), "ru"), text(c.description(), "en"),
                Long.toString(c.budget()), str(p.proposalsFrom()), str(p.reviewFrom()), str(p.votingFrom()),
                str(p.tallyingFrom()), str(p.resultsFrom()), str(p.implementationFrom()), c.outcomeRule(),
                c.utility() == null ? "COST" : c.utility(), r == null || r.kind() == null ? "APPROVAL" : r.kind(),
                r == null ? "" : str(r.minProjects()), r == null ? "" : str(r.maxProjects()),
                r == null ? "" : str(r.minBudgetSharePercent()), r == null ? "" : str(r.maxPoints()),
                r == null ? "" : str(r.maxPointsPerProject()));
    }

    static CycleForm from(MultivaluedMap<String, String> form) {
        return new CycleForm(f(form, "territoryCode"), f(form, "titleKk"), f(form, "titleRu"), f(form, "titleEn"),
                f(form, "descriptionKk"), f(form, "descriptionRu"), f(form, "descriptionEn"), f(form, "budget"),
                f(form, "proposalsFrom"), f(form, "reviewFrom"), f(form, "votingFrom"), f(form, "tallyingFrom"),
                f(form, "resultsFrom"), f(form, "implementationFrom"), f(form, "outcomeRule"), f(form, "utility"),
                f(form, "ballotKind"), f(form, "minProjects"), f(form, "maxProjects"), f(form, "minBudgetSharePercent"),
                f(form, "maxPoints"), f(form, "maxPointsPerProject"));
    }

    Checked check() {
        if (territoryCode.isEmpty() || (titleKk.isEmpty() && titleRu.isEmpty() && titleEn.isEmpty())) {
            return new Checked(null, "budget_cycle_error_required");
        }
        Long tenge = BudgetPages.parseTenge(budget);
        if (tenge == null || tenge <= 0) {
            return new Checked(null, "budget_error_cost");
        }
        List<LocalDate> dates;
        try {
            dates = List.of(proposalsFrom, reviewFrom, votingFrom, tallyingFrom, resultsFrom, implementationFrom).stream()
                    .map(LocalDate::parse).toList();
        } catch (DateTimeParseException e) {
            return new Checked(null, "budget_cycle_error_dates");
        }
        if (!RULES.contains(outcomeRule) || !UTILITIES.contains(utility) || !BALLOT_KINDS.contains(ballotKind)) {
            return new Checked(null, "budget_cycle_error_required");
        }
        Integer[] numbers = new Integer[5];
        String[] typed = {minProjects, maxProjects, minBudgetSharePercent, maxPoints, maxPointsPerProject};
        for (int i = 0; i < typed.length; i++) {
            if (!typed[i].isEmpty()) {
                try {
                    numbers[i] = Integer.parseInt(typed[i]);
                } catch (NumberFormatException e) {
                    return new Checked(null, "budget_cycle_error_rules");
                }
            }
        }
        Rules rules = "CUMULATIVE".equals(ballotKind)
                ? new Rules(ballotKind, numbers[0], numbers[1], null, numbers[3], numbers[4])
                : new Rules(ballotKind, numbers[0], numbers[1], numbers[2], null, null);
        return new Checked(new Request(territoryCode, localized(titleKk, titleRu, titleEn),
                localized(descriptionKk, descriptionRu, descriptionEn), tenge,
                new BudgetApi.Phases(dates.get(0), dates.get(1), dates.get(2), dates.get(3), dates.get(4), dates.get(5)),
                outcomeRule, utility, rules), null);
    }

    private static LocalizedText localized(String kk, String ru, String en) {
        if (kk.isEmpty() && ru.isEmpty() && en.isEmpty()) {
            return null;
        }
        return new LocalizedText(kk.isEmpty() ? null : kk, ru.isEmpty() ? null : ru, en.isEmpty() ? null : en);
    }

    private static String text(LocalizedText text, String language) {
        if (text == null) {
            return "";
        }
        String value = switch (language) {
            case "kk" -> text.kk();
            case "ru" -> text.ru();
            default -> text.en();
        };
        return value == null ? "" : value;
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String f(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
