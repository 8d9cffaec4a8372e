package kz.dauys.assembly.record;

import kz.dauys.contract.LocalizedText;

import java.time.format.DateTimeFormatter;

/** Renders minutes as plain text in one of the portal's languages. */
public final class MinutesText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private MinutesText() {
    }

    public static String render(Minutes minutes, String lang) {
        Labels l = Labels.of(lang);
        StringBuilder out = new StringBuilder();
        out.append(text(minutes.body(), lang)).append('\n');
        out.append(l.minutes).append(": ").append(text(minutes.title(), lang)).append('\n');
        out.append(DATE_TIME.format(minutes.startsAt())).append(" - ").append(DATE_TIME.format(minutes.endsAt()));
        if (minutes.place() != null) {
            out.append(", ").append(minutes.place());
        }
        if (minutes.onlineUrl() != null) {
            out.append(", ").append(minutes.onlineUrl());
        }
        out.append("\n\n");
        Minutes.Attendance a = minutes.attendance();
        out.append(l.attendance).append(": ").append(a.present()).append(" / ").append(a.seats())
                .append("; ").append(l.required).append(": ").append(a.required()).append("; ")
                .append(a.quorumMet() ? l.quorumMet : l.quorumNotMet).append('\n');
        if (a.members() != null && !a.members().isEmpty()) {
            out.append(l.present).append(": ").append(String.join(", ", a.members())).append('\n');
        }
        out.append('\n');
        for (Minutes.Item item : minutes.items()) {
            out.append(item.order()).append(". ").append(text(item.title(), lang));
            if (item.presenter() != null) {
                out.append(" (").append(l.presenter).append(": ").append(item.presenter()).append(')');
            }
            out.append('\n');
            if (item.result() != null) {
                out.append("   ").append(l.result).append(": ").append(l.result(item.result().name()));
                if (item.votesFor() != null) {
                    out.append(" (").append(l.votesFor).append(' ').append(item.votesFor()).append(", ")
                            .append(l.against).append(' ').append(item.votesAgainst()).append(", ")
                            .append(l.abstain).append(' ').append(item.abstentions()).append(')');
                }
                out.append('\n');
                if (item.decision() != null) {
                    out.append("   ").append(text(item.decision(), lang)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String text(LocalizedText text, String lang) {
        return text == null ? "" : text.in(lang);
    }

    private record Labels(String minutes, String attendance, String required, String quorumMet, String quorumNotMet,
                          String present, String presenter, String result, String votesFor, String against,
                          String abstain, String adopted, String rejected, String postponed) {

        static Labels of(String lang) {
            return switch (lang == null ? "ru" : lang) {
                case "kk" -> new Labels("Хаттама", "Қатысқандар", "Кворум үшін", "кворум бар", "кворум жоқ",
                        "Қатысқан депутаттар", "Баяндамашы", "Шешім", "жақтап", "қарсы", "қалыс", "қабылданды",
                        "қабылданбады", "кейінге қалдырылды");
                case "en" -> new Labels("Minutes", "Present", "Required for quorum", "quorum met", "quorum not met",
                        "Members present", "Presenter", "Result", "for", "against", "abstained", "adopted",
                        "rejected", "postponed");
                default -> new Labels("Протокол", "Присутствовали", "Требуется для кворума", "кворум есть", "кворума нет",
                        "Присутствовавшие депутаты", "Докладчик", "Решение", "за", "против", "воздержались",
                        "принято", "отклонено", "отложено");
            };
        }

        String result(String code) {
            return switch (code) {
                case "ADOPTED" -> adopted;
                case "REJECTED" -> rejected;
                default -> postponed;
            };
        }
    }
}
