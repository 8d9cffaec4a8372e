package kz.dauys.moderation.transparency;

import io.quarkus.test.junit.QuarkusTest;
import kz.dauys.moderation.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Public figures computed in SQL over a period nobody else writes to (January 2020): known durations
 * give known medians and 95th percentiles (percentile_cont interpolates).
 */
@QuarkusTest
class TransparencyTest {

    private static final UUID PETITION = UUID.randomUUID();
    private static final UUID BUDGET = UUID.randomUUID();

    @BeforeAll
    static void decidedCasesOfJanuary2020() {
        Fixtures.execute("delete from notice where reported_at < '2021-01-01'");
        Fixtures.execute("update moderation_case set appeal_of = null where created_at < '2021-01-01'");
        Fixtures.execute("delete from moderation_case where created_at < '2021-01-01'");
        item(PETITION, "PETITION");
        item(BUDGET, "BUDGET_PROPOSAL");
        // Petitions decided after 1, 2, 3, 4 and 10 hours; one budget proposal after 5 hours.
        decided(UUID.randomUUID(), PETITION, "SUBMISSION", "PETITION", 1, 1, "APPROVE", null, null);
        decided(UUID.randomUUID(), PETITION, "SUBMISSION", "PETITION", 2, 2, "APPROVE", null, null);
        decided(UUID.randomUUID(), PETITION, "SUBMISSION", "PETITION", 3, 3, "APPROVE", null, null);
        UUID courts = UUID.randomUUID();
        decided(courts, PETITION, "SUBMISSION", "PETITION", 4, 4, "REJECT", "excluded.courts", null);
        UUID spam = UUID.randomUUID();
        decided(spam, PETITION, "SUBMISSION", "PETITION", 5, 10, "REJECT", "spam", null);
        decided(UUID.randomUUID(), BUDGET, "SUBMISSION", "BUDGET_PROPOSAL", 1, 5, "APPROVE", null, null);
        // Two appeals: the courts rejection reversed, the spam rejection upheld.
        decided(UUID.randomUUID(), PETITION, "APPEAL", "PETITION", 1, 48, "APPROVE", null, courts);
        decided(UUID.randomUUID(), PETITION, "APPEAL", "PETITION", 2, 48, "REJECT", "spam", spam);
        // Reports hid the budget proposal; the review restored it.
        UUID review = UUID.randomUUID();
        decided(review, BUDGET, "NOTICE_REVIEW", "BUDGET_PROPOSAL", 1, 24, "RESTORE", null, null);
        for (String reason : new String[] {"spam", "spam", "offensive"}) {
            Fixtures.execute("insert into notice (id, item_ref, reporter_subject, reason, reported_at, review_case_id) "
                    + "values (?, ?, ?, ?, timestamptz '2020-01-14 12:00:00+00', ?)", UUID.randomUUID(), BUDGET,
                    UUID.randomUUID().toString(), reason, review);
        }
        Fixtures.execute("update moderation_case set escalated_at = timestamptz '2020-01-16 09:00:00+00', escalated_by = 'm' where id = ?", spam);
    }

    @Test
    void figuresForAPeriodAreExactAndPublic() {
        given().queryParam("from", "2020-01-01").queryParam("to", "2020-01-31")
                .get("/api/moderation/transparency").then().statusCode(200)
                .body("from", equalTo("2020-01-01"))
                .body("decisions.total", equalTo(9))
                .body("decisions.byOutcome.APPROVE", equalTo(5))
                .body("decisions.byOutcome.REJECT", equalTo(3))
                .body("decisions.byOutcome.RESTORE", equalTo(1))
                .body("decisions.byKind.PETITION", equalTo(7))
                .body("decisions.byKind.BUDGET_PROPOSAL", equalTo(2))
                .body("decisions.byReasonCode.spam", equalTo(2))
                .body("decisions.byReasonCode.'excluded.courts'", equalTo(1))
                .body("timeToDecision.decided", equalTo(6))
                .body("timeToDecision.medianHours", equalTo(3.5f))
                .body("timeToDecision.p95Hours", equalTo(8.75f))
                .body("timeToDecision.byKind.PETITION.medianHours", equalTo(3.0f))
                .body("timeToDecision.byKind.PETITION.p95Hours", equalTo(8.8f))
                .body("timeToDecision.byKind.BUDGET_PROPOSAL.medianHours", equalTo(5.0f))
                .body("appeals.lodged", equalTo(2))
                .body("appeals.decided", equalTo(2))
                .body("appeals.reversed", equalTo(1))
                .body("appeals.upheld", equalTo(1))
                .body("notices.reports", equalTo(3))
                .body("notices.byReason.spam", equalTo(2))
                .body("notices.hiddenAfterReports", equalTo(1))
                .body("notices.restored", equalTo(1))
                .body("escalations", equalTo(1));
    }

    @Test
    void anEmptyPeriodHasZeroCountsAndNoPercentiles() {
        given().queryParam("from", "2019-03-01").queryParam("to", "2019-03-31")
                .get("/api/moderation/transparency").then().statusCode(200)
                .body("decisions.total", equalTo(0))
                .body("timeToDecision.decided", equalTo(0))
                .body("timeToDecision.medianHours", nullValue());
    }

    @Test
    void badPeriodsAreProblems() {
        given().queryParam("from", "2020-02-01").queryParam("to", "2020-01-01").get("/api/moderation/transparency")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("from", "yesterday").get("/api/moderation/transparency").then().statusCode(400);
        given().queryParam("from", "2010-01-01").queryParam("to", "2020-01-01").get("/api/moderation/transparency")
                .then().statusCode(400);
        given().get("/api/moderation/transparency").then().statusCode(200);
        given().get("/api/moderation/reason-codes").then().statusCode(200)
                .body("find { it.code == 'excluded.courts' }.label.kk", equalTo("Сот билігі"));
    }

    private static void item(UUID id, String kind) {
        Fixtures.execute("insert into moderated_item (id, kind, item_id, origin_service, author_subject, title, status, "
                + "search_text, created_at, updated_at) values (?, ?, ?, 'x', 'someone', 't', 'PUBLISHED', 'zzzz', "
                + "timestamptz '2020-01-01 00:00:00+00', timestamptz '2020-01-01 00:00:00+00')", id, kind, "tr-" + id);
    }

    /** A case submitted on 10 January 2020 at 04:00 UTC and decided {@code hours} later. */
    private static void decided(UUID id, UUID item, String type, String kind, int round, int hours, String outcome,
                                String reason, UUID appealOf) {
        Fixtures.execute("insert into moderation_case (id, item_ref, case_type, round, status, kind, item_id, origin_service, "
                        + "author_subject, title, body, submitted_at, due_on, outcome, reason_code, decided_by, decided_at, "
                        + "appeal_of, created_at) values (?, ?, ?, ?, 'DECIDED', ?, 'tr', 'x', 'someone', 't', 'b', "
                        + "timestamptz '2020-01-10 04:00:00+00', date '2020-02-07', ?, ?, 'moderator', "
                        + "timestamptz '2020-01-10 04:00:00+00' + make_interval(hours => ?), ?, timestamptz '2020-01-10 04:00:00+00')",
                id, item, type, round, kind, outcome, reason, hours, appealOf);
    }
}
