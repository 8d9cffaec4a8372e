package kz.dauys.moderation.metrics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class QueueMetricsTest {

    @Inject
    QueueMetrics metrics;

    @Inject
    EntityManager entityManager;

    @Test
    void openCasesGaugeEqualsTheOpenCasesInTheDatabase() {
        long open = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from moderation_case where status = 'OPEN'").getSingleResult()).longValue());

        metrics.refresh();
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(gauge(scrape, "dauys_moderation_queue_open")).isEqualTo(open);
        assertThat(gauge(scrape, "dauys_moderation_queue_oldest_age_seconds")).isGreaterThanOrEqualTo(0);
        assertThat(gauge(scrape, "dauys_moderation_queue_overdue")).isBetween(0L, open);
    }

    private static long gauge(String scrape, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? ([0-9.E+-]+)$").matcher(scrape);
        assertThat(matcher.find()).as("metric %s in the scrape", name).isTrue();
        return (long) Double.parseDouble(matcher.group(1));
    }
}
