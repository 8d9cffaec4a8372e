package kz.dauys.assembly.follow;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static kz.dauys.assembly.support.Api.ALMATY_MASLIKHAT;
import static kz.dauys.assembly.support.Api.ASTANA_MASLIKHAT;
import static kz.dauys.assembly.support.Api.addItem;
import static kz.dauys.assembly.support.Api.anonymous;
import static kz.dauys.assembly.support.Api.as;
import static kz.dauys.assembly.support.Api.item;
import static kz.dauys.assembly.support.Api.moveTo;
import static kz.dauys.assembly.support.Api.planAlmatySession;
import static kz.dauys.assembly.support.Api.today;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Residents follow bodies and see their upcoming public sessions. */
@QuarkusTest
class FollowTest {

    @Test
    void followUnfollowAndUpcomingSessions() {
        UUID published = planAlmatySession("Followed session", today().plusDays(12), 60);
        addItem(published, item("Snow removal", 30));
        moveTo(published, "agenda_published");
        UUID planned = planAlmatySession("Unpublished session", today().plusDays(13), 60);

        anonymous().put("/api/me/followed-bodies/" + ALMATY_MASLIKHAT).then().statusCode(401);
        as("olga").put("/api/me/followed-bodies/" + ALMATY_MASLIKHAT).then().statusCode(201);
        as("olga").put("/api/me/followed-bodies/" + ALMATY_MASLIKHAT).then().statusCode(204);
        as("olga").put("/api/me/followed-bodies/" + ASTANA_MASLIKHAT).then().statusCode(201);
        as("olga").put("/api/me/followed-bodies/" + UUID.randomUUID()).then().statusCode(404);
        // The operation takes no body: a client sending one is refused, and nothing changes.
        as("daniyar").body("[1,2,").put("/api/me/followed-bodies/" + ALMATY_MASLIKHAT).then().statusCode(400)
                .contentType("application/problem+json");

        as("olga").get("/api/me/followed-bodies").then().statusCode(200)
                .body("body.id", hasItem(ALMATY_MASLIKHAT.toString()))
                .body("find { it.body.id == '" + ALMATY_MASLIKHAT + "' }.upcomingSessions.id", hasItem(published.toString()))
                .body("find { it.body.id == '" + ALMATY_MASLIKHAT + "' }.upcomingSessions.id", not(hasItem(planned.toString())))
                .body("find { it.body.id == '" + ALMATY_MASLIKHAT + "' }.upcomingSessions.find { it.id == '" + published
                        + "' }.agenda[0].title.en", equalTo("Snow removal"));
        as("daniyar").get("/api/me/followed-bodies").then().statusCode(200).body("body.id", not(hasItem(ALMATY_MASLIKHAT.toString())));

        as("olga").delete("/api/me/followed-bodies/" + ALMATY_MASLIKHAT).then().statusCode(204);
        as("olga").get("/api/me/followed-bodies").then().statusCode(200).body("", hasSize(1))
                .body("[0].body.id", equalTo(ASTANA_MASLIKHAT.toString()));
    }
}
