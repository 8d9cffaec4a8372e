package kz.dauys.petitions.it;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kz.dauys.petitions.deadline.DeadlineScheduler;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static kz.dauys.petitions.it.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines applied by the scheduler, idempotently. */
@QuarkusTest
class DeadlinesTest {

    @Inject
    DeadlineScheduler scheduler;

    @Test
    void missedEarlyBackersCloseUnsuccessfullyOnceAndOverdueAnswersAreFlaggedOnce() throws Exception {
        UUID quiet = approvedAlmatyPetition("Скамейки вдоль набережной Есентай");
        execute("update petition set backers_due_on = ? where id = ?", LocalDate.now().minusDays(1), quiet);
        UUID waiting = approvedAlmatyPetition("Бесплатный Wi-Fi в автобусах");
        execute("update petition set threshold = 1 where id = ?", waiting);
        sign("daniyar", waiting).statusCode(201);
        awaitState(waiting, "under_consideration");
        execute("update petition set answer_due_on = ? where id = ?", LocalDate.now().minusDays(1), waiting);

        scheduler.run();
        scheduler.run();

        assertThat(stateOf(quiet)).isEqualTo("closed_unsuccessful");
        assertThat(single("select count(*) from petition_history where petition_id = ? and action = 'early_backers_missed'", quiet))
                .isEqualTo("1");
        assertThat(events("dauys.petitions", quiet.toString(), "kz.dauys.petitions.petition.closed.v1")).hasSize(1);
        assertThat(stateOf(waiting)).isEqualTo("under_consideration");
        assertThat(single("select answer_overdue from petition where id = ?", waiting)).isEqualTo("t");
        assertThat(single("select count(*) from petition_history where petition_id = ? and action = 'answer_overdue'", waiting))
                .isEqualTo("1");
    }
}
