package kz.dauys.platform.paging;

import kz.dauys.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTest {

    @Test
    void missingParametersMeanTheFirstPageOfTwenty() {
        assertThat(Paging.of(null, null)).isEqualTo(new Paging(0, 20));
        assertThat(Paging.of(3, Paging.MAX_SIZE)).isEqualTo(new Paging(3, 100));
    }

    @Test
    void negativePageIsAValidationProblemOnThePageField() {
        assertThatThrownBy(() -> Paging.of(-1, 10))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.errors()).extracting(error -> error.field()).containsExactly("page");
                });
    }

    @Test
    void sizeOutsideOneToTheMaximumIsAValidationProblemOnTheSizeField() {
        for (int size : new int[] {0, Paging.MAX_SIZE + 1}) {
            assertThatThrownBy(() -> Paging.of(0, size))
                    .isInstanceOfSatisfying(ProblemException.class, problem ->
                            assertThat(problem.errors()).extracting(error -> error.field()).containsExactly("size"));
        }
    }
}
