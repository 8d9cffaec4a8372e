package kz.dauys.petitions.petition;

import kz.dauys.petitions.PetitionsConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the public page cache keeps, for whom and for how long (a hand-set clock, no waiting). */
class PublicPetitionPagesTest {

    private Instant now = Instant.parse("2026-11-25T08:00:00Z");
    private final InstantSource clock = () -> now;

    private static PetitionsConfig.PageCache settings(Duration ttl, int maxPages) {
        return new PetitionsConfig.PageCache() {
            @Override
            public Duration ttl() {
                return ttl;
            }

            @Override
            public int maxPages() {
                return maxPages;
            }
        };
    }

    private static Petition petition(PetitionState state, String author) {
        Petition petition = new Petition();
        petition.id = UUID.randomUUID();
        petition.state = state;
        petition.authorSubject = author;
        return petition;
    }

    private static PetitionView viewOf(Petition petition) {
        return new PetitionView(petition.id, 7, petition.state, null, null, null, "transport", null, "Айгерім С.", 12, 50_000,
                List.of(), null, null, null, null, List.of(), List.of(), List.of());
    }

    @Test
    void keptPageIsServedToAnonymousAndOtherCitizensUntilItExpires() {
        PublicPetitionPages pages = new PublicPetitionPages(settings(Duration.ofSeconds(1), 100), clock);
        Petition petition = petition(PetitionState.OPEN, "author-subject");
        pages.keep(petition, viewOf(petition));

        assertThat(pages.find(petition.id, null)).contains(viewOf(petition));
        assertThat(pages.find(petition.id, "another-citizen")).contains(viewOf(petition));

        now = now.plusMillis(999);
        assertThat(pages.find(petition.id, null)).isPresent();
        now = now.plusMillis(1);
        assertThat(pages.find(petition.id, null)).isEmpty();
        assertThat(pages.size()).isZero();
    }

    @Test
    void authorNeverGetsThePublicPage() {
        PublicPetitionPages pages = new PublicPetitionPages(settings(Duration.ofSeconds(1), 100), clock);
        Petition petition = petition(PetitionState.GATHERING_BACKERS, "author-subject");
        pages.keep(petition, viewOf(petition));

        assertThat(pages.find(petition.id, "author-subject")).isEmpty();
        assertThat(pages.find(petition.id, null)).isPresent();
    }

    @Test
    void petitionsOutsideThePublicStatesAreNotKept() {
        PublicPetitionPages pages = new PublicPetitionPages(settings(Duration.ofSeconds(1), 100), clock);
        for (PetitionState state : PetitionState.values()) {
            Petition petition = petition(state, "author-subject");
            pages.keep(petition, viewOf(petition));
            assertThat(pages.find(petition.id, null).isPresent()).as(state.name()).isEqualTo(PetitionState.PUBLIC.contains(state));
        }
        assertThat(PetitionState.PUBLIC).doesNotContain(PetitionState.DRAFT, PetitionState.IN_MODERATION, PetitionState.REJECTED,
                PetitionState.HIDDEN);
    }

    @Test
    void evictedPageIsGone() {
        PublicPetitionPages pages = new PublicPetitionPages(settings(Duration.ofSeconds(1), 100), clock);
        Petition petition = petition(PetitionState.OPEN, "author-subject");
        pages.keep(petition, viewOf(petition));
        pages.evict(petition.id);
        assertThat(pages.find(petition.id, null)).isEmpty();
    }

    @Test
    void keepsNoMoreThanItsLimitAndMakesRoomFromExpiredPagesOnly() {
        PublicPetitionPages pages = new PublicPetitionPages(settings(Duration.ofSeconds(1), 2), clock);
        Petition first = petition(PetitionState.OPEN, "a");
        Petition second = petition(PetitionState.OPEN, "b");
        Petition third = petition(PetitionState.OPEN, "c");
        pages.keep(first, viewOf(first));
        pages.keep(second, viewOf(second));
        pages.keep(third, viewOf(third));
        assertThat(pages.size()).isEqualTo(2);
        assertThat(pages.find(third.id, null)).isEmpty();

        now = now.plusSeconds(2);
        pages.keep(third, viewOf(third));
        assertThat(pages.size()).isEqualTo(1);
        assertThat(pages.find(third.id, null)).isPresent();
    }

    @Test
    void zeroTimeKeepsNothing() {
        PublicPetitionPages pages = new PublicPetitionPages(settings(Duration.ZERO, 100), clock);
        Petition petition = petition(PetitionState.OPEN, "author-subject");
        pages.keep(petition, viewOf(petition));
        assertThat(pages.find(petition.id, null)).isEmpty();
        assertThat(pages.size()).isZero();
    }
}
