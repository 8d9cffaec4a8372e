package kz.dauys.assembly.agenda;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.dauys.assembly.support.Api.addItem;
import static kz.dauys.assembly.support.Api.as;
import static kz.dauys.assembly.support.Api.item;
import static kz.dauys.assembly.support.Api.planAlmatySession;
import static kz.dauys.assembly.support.Api.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The agenda tree: durations fit, order and numbering, reordering, who may edit. */
@QuarkusTest
class AgendaRulesTest {

    @Test
    void topLevelItemsMustFitTheSession() {
        UUID session = planAlmatySession("Short session", today().plusDays(30), 60);
        addItem(session, item("First", 40));
        as("official.almaty").body(item("Second", 30)).post("/api/sessions/" + session + "/agenda/items")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://dauys.kz/problems/agenda-too-long"))
                .body("detail", containsString("70 minutes but the session is planned for 60"));
        addItem(session, item("Second", 20));
        // Shortening the session below its agenda is refused too.
        as("official.almaty").body(kz.dauys.assembly.support.Api.session("Short session", today().plusDays(30), 45))
                .put("/api/sessions/" + session).then().statusCode(422);
    }

    @Test
    void childrenMustFitTheirParent() {
        UUID session = planAlmatySession("Nested session", today().plusDays(30), 120);
        UUID parent = addItem(session, item("Budget", 45));
        addItem(session, item(parent, "Roads", 30));
        as("official.almaty").body(item(parent, "Parks", 20)).post("/api/sessions/" + session + "/agenda/items")
                .then().statusCode(422)
                .body("type", equalTo("https://dauys.kz/problems/agenda-item-too-long"))
                .body("detail", containsString("sub-items of item 1 take 50 minutes but the item has 45"));
        UUID parks = addItem(session, item(parent, "Parks", 15));
        // Shrinking the parent below its children is refused.
        as("official.almaty").body(item("Budget", 40)).put("/api/sessions/" + session + "/agenda/items/" + parent)
                .then().statusCode(422);
        as("official.almaty").get("/api/sessions/" + session).then().statusCode(200)
                .body("agenda", hasSize(1))
                .body("agenda[0].order", equalTo("1"))
                .body("agenda[0].children.order", contains("1.1", "1.2"))
                .body("agenda[0].children[1].id", equalTo(parks.toString()))
                .body("agenda[0].documents[0].url", equalTo("https://example.org/draft.pdf"));
    }

    @Test
    void itemsAreReorderedAndRenumbered() {
        UUID session = planAlmatySession("Reordered session", today().plusDays(30), 120);
        UUID a = addItem(session, item("A", 10));
        UUID b = addItem(session, item("B", 10));
        UUID c = addItem(session, item("C", 10));
        as("official.almaty").body(Map.of("itemIds", List.of(c.toString(), a.toString(), b.toString())))
                .put("/api/sessions/" + session + "/agenda/order").then().statusCode(200)
                .body("title.en", contains("C", "A", "B"))
                .body("order", contains("1", "2", "3"));
        as("official.almaty").body(Map.of("itemIds", List.of(c.toString(), a.toString())))
                .put("/api/sessions/" + session + "/agenda/order").then().statusCode(400)
                .body("errors[0].field", equalTo("itemIds"));
        as("official.almaty").delete("/api/sessions/" + session + "/agenda/items/" + c).then().statusCode(204);
        as("official.almaty").get("/api/sessions/" + session).then()
                .body("agenda.title.en", contains("A", "B"))
                .body("agenda.position", contains(1, 2));
    }

    @Test
    void relatedEntitiesAreCheckedAndOnlyTheSecretaryEdits() {
        UUID session = planAlmatySession("Related session", today().plusDays(30), 120);
        Map<String, Object> half = new HashMap<>(item("Half related", 10));
        half.put("relatedKind", "BUDGET_CYCLE");
        as("official.almaty").body(half).post("/api/sessions/" + session + "/agenda/items")
                .then().statusCode(400).body("errors[0].field", equalTo("relatedId"));
        Map<String, Object> unknownProposal = new HashMap<>(item("Unknown proposal", 10));
        unknownProposal.put("relatedKind", "RESIDENT_PROPOSAL");
        unknownProposal.put("relatedId", UUID.randomUUID().toString());
        as("official.almaty").body(unknownProposal).post("/api/sessions/" + session + "/agenda/items")
                .then().statusCode(400);
        Map<String, Object> noTitle = new HashMap<>(item("x", 10));
        noTitle.put("title", Map.of("kk", " "));
        as("official.almaty").body(noTitle).post("/api/sessions/" + session + "/agenda/items")
                .then().statusCode(400).body("errors[0].field", equalTo("title"));
        as("official.astana").body(item("Intruder", 10)).post("/api/sessions/" + session + "/agenda/items")
                .then().statusCode(403);
        as("daniyar").body(item("Intruder", 10)).post("/api/sessions/" + session + "/agenda/items")
                .then().statusCode(403);
        as("official.almaty").get("/api/sessions/" + session).then().body("agenda", hasSize(0));
    }
}
