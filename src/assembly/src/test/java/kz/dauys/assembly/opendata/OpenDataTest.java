package kz.dauys.assembly.opendata;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.dauys.assembly.support.Api.ALMATY_MASLIKHAT;
import static kz.dauys.assembly.support.Api.addItem;
import static kz.dauys.assembly.support.Api.anonymous;
import static kz.dauys.assembly.support.Api.as;
import static kz.dauys.assembly.support.Api.item;
import static kz.dauys.assembly.support.Api.moveTo;
import static kz.dauys.assembly.support.Api.planAlmatySession;
import static kz.dauys.assembly.support.Api.text;
import static kz.dauys.assembly.support.Api.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** The iCalendar feed and the Open Civic Data events, without sign-in. */
@QuarkusTest
class OpenDataTest {

    @Test
    void calendarFeedIsValidRfc5545() {
        LocalDate date = today().plusDays(35);
        UUID session = planAlmatySession("Session, with; special\\characters and a very long title that needs folding in Kazakh",
                date, 90);
        addItem(session, item("Public transport", 30));
        moveTo(session, "agenda_published");
        UUID hidden = planAlmatySession("Still planned", date.plusDays(1), 60);

        Response response = anonymous().get("/api/bodies/" + ALMATY_MASLIKHAT + "/calendar.ics?lang=kk");
        response.then().statusCode(200).contentType("text/calendar");
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);

        assertThat(body).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(body.replace("\r\n", "")).doesNotContain("\n");
        for (String line : body.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = body.replace("\r\n ", "");
        List<String> lines = Arrays.asList(unfolded.split("\r\n"));
        String uid = "UID:" + session + "@assembly.dauys.kz";
        assertThat(lines).contains(uid, "PRODID:-//Dauys//Assembly sessions//KK");
        assertThat(unfolded).doesNotContain(hidden.toString());
        int start = lines.indexOf(uid);
        List<String> event = lines.subList(lines.subList(0, start).lastIndexOf("BEGIN:VEVENT"), start + lines.subList(start, lines.size()).indexOf("END:VEVENT"));
        String utcStart = date.atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Almaty")).withZoneSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        String utcEnd = date.atTime(11, 30).atZone(java.time.ZoneId.of("Asia/Almaty")).withZoneSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        assertThat(event).contains("DTSTART:" + utcStart, "DTEND:" + utcEnd, "LOCATION:Almaty\\, Republic Square 4\\, hall 1");
        assertThat(event).anyMatch(l -> l.matches("DTSTAMP:\\d{8}T\\d{6}Z"));
        assertThat(event).anyMatch(l -> l.startsWith("SUMMARY:Алматы қалалық мәслихаты: Session\\, with\\; special\\\\characters"));
        assertThat(event).anyMatch(l -> l.equals("DESCRIPTION:1. Public transport (kk)"));
        assertThat(event).anyMatch(l -> l.startsWith("URL:http"));

        anonymous().get("/api/bodies/" + ALMATY_MASLIKHAT + "/calendar.ics?lang=xx").then().statusCode(400);
        anonymous().get("/api/bodies/" + UUID.randomUUID() + "/calendar.ics").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void openCivicDataEventCarriesAgendaRelatedEntitiesAndVotes() {
        as("official.almaty").body(Map.of("members", List.of("Deputy A", "Deputy B", "Deputy C")))
                .put("/api/bodies/" + ALMATY_MASLIKHAT + "/members").then().statusCode(200);
        UUID session = planAlmatySession("Open data session", today().plusDays(33), 120);
        String cycle = UUID.randomUUID().toString();
        Map<String, Object> budget = new HashMap<>(item("Approve budget cycle results", 30));
        budget.put("relatedKind", "BUDGET_CYCLE");
        budget.put("relatedId", cycle);
        UUID item = addItem(session, budget);
        addItem(session, item(item, "Presentation", 10));
        moveTo(session, "agenda_published");
        moveTo(session, "in_session");
        as("official.almaty").body(Map.of("presentCount", 27)).put("/api/sessions/" + session + "/attendance").then().statusCode(200);
        as("official.almaty").body(Map.of("result", "REJECTED", "text", text("Send back for revision"),
                        "votesFor", 5, "votesAgainst", 20, "abstentions", 2))
                .put("/api/sessions/" + session + "/agenda/items/" + item + "/decision").then().statusCode(200);

        anonymous().get("/api/opendata/events/" + session + "?lang=en").then().statusCode(200)
                .body("_type", equalTo("event"))
                .body("id", equalTo("ocd-event/" + session))
                .body("name", equalTo("Open data session"))
                .body("classification", equalTo("session"))
                .body("start_date", equalTo(today().plusDays(33) + "T10:00:00+05:00"))
                .body("end_date", equalTo(today().plusDays(33) + "T12:00:00+05:00"))
                .body("status", equalTo("confirmed"))
                .body("location.name", equalTo("Almaty, Republic Square 4, hall 1"))
                .body("participants[0].name", equalTo("Almaty City Maslikhat"))
                .body("agenda.order", contains("1", "1.1"))
                .body("agenda[0].related_entities[0].entity_type", equalTo("budget_cycle"))
                .body("agenda[0].related_entities[0].entity_id", equalTo(cycle))
                .body("votes", hasSize(1))
                .body("votes[0].agenda_item", equalTo("1"))
                .body("votes[0].result", equalTo("fail"))
                .body("votes[0].counts.option", contains("yes", "no", "abstain"))
                .body("votes[0].counts.value", contains(5, 20, 2))
                .body("extras.quorum.met", equalTo(true));
        anonymous().get("/api/opendata/bodies/" + ALMATY_MASLIKHAT + "/events?size=100").then().statusCode(200)
                .body("items.id", hasItem("ocd-event/" + session));
        UUID planned = planAlmatySession("Not yet public", today().plusDays(50), 60);
        anonymous().get("/api/opendata/events/" + planned).then().statusCode(404);
    }
}
