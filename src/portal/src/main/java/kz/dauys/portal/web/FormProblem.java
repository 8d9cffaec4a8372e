package kz.dauys.portal.web;


/**
 * Why a form was not accepted, for showing it again: a message key in the page's language, and the
 * service's own detail when the service refused it (the detail names the field and the rule).
 */
public record FormProblem(String key, String detail, int status) {

    public static FormProblem key(String key) {
        return new FormProblem(key, null, 400);
    }

    /**
     * A service's refusal: a specific text for the problem types people meet, else the general one with the
     * detail. {@code prefix} names the bundle's general texts ({@code ombudsman_error_rejected}).
     */
    public static FormProblem of(ServiceProblem problem, String prefix) {
        String type = problem.type() == null ? "" : problem.type();
        String slug = type.substring(type.lastIndexOf('/') + 1);
        String key = switch (slug) {
            case "notice-period" -> "assembly_error_notice_period";
            case "agenda-empty" -> "assembly_error_agenda_empty";
            case "agenda-too-long", "agenda-item-too-long" -> "assembly_error_too_long";
            case "quorum-not-met" -> "assembly_error_quorum";
            case "votes-exceed-attendance" -> "assembly_error_votes";
            case "attendance-missing", "decisions-missing" -> "assembly_error_minutes";
            case "not-admissible" -> "ombudsman_error_not_admissible";
            case "wrong-transition" -> "ombudsman_error_wrong_step";
            case "invalid-transition" -> "assembly_error_wrong_step";
            default -> switch (problem.status()) {
                case 403 -> prefix + "error_forbidden";
                case 409 -> prefix + "error_conflict";
                case 429 -> prefix + "error_rate_limited";
                default -> prefix + "error_rejected";
            };
        };
        int status = problem.status() >= 400 && problem.status() < 500 ? problem.status() : 400;
        return new FormProblem(key, problem.detail(), status);
    }
}
