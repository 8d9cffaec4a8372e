package kz.dauys.petitions.petition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.dauys.petitions.PetitionsConfig;
import kz.dauys.petitions.TimeSource;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public page of a petition as everyone but its author and the staff sees it, kept for a moment
 * ({@code dauys.petitions.page-cache.ttl}, a second by default): a viral petition's page is read
 * thousands of times a second, and its texts, history and decisions change rarely. The signature
 * counts are not part of what is kept; every answer reads them live, so they stay exact.
 * A change to the petition or its history, decisions or referrals in this service drops the page
 * ({@link PetitionPageEviction}); the time limit covers changes made by another replica.
 */
@ApplicationScoped
public class PublicPetitionPages {

    private record Page(PetitionView view, String authorSubject, Instant expiresAt) {
    }

    private final ConcurrentHashMap<UUID, Page> pages = new ConcurrentHashMap<>();
    private final PetitionsConfig.PageCache settings;
    private final InstantSource clock;

    @Inject
    PublicPetitionPages(PetitionsConfig config, TimeSource time) {
        this(config.pageCache(), time);
    }

    PublicPetitionPages(PetitionsConfig.PageCache settings, InstantSource clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The kept public page for a reader who is not staff, unless there is none, it has expired or the
     * reader is the petition's author (who sees more than the public).
     *
     * @param readerSubject the reader's Keycloak subject, {@code null} when anonymous
     */
    public Optional<PetitionView> find(UUID id, String readerSubject) {
        if (!enabled()) {
            return Optional.empty();
        }
        Page page = pages.get(id);
        if (page == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(page.expiresAt())) {
            pages.remove(id, page);
            return Optional.empty();
        }
        if (readerSubject != null && readerSubject.equals(page.authorSubject())) {
            return Optional.empty();
        }
        return Optional.of(page.view());
    }

    /** Keeps the page of a publicly visible petition as built for a reader without privileges. */
    public void keep(Petition petition, PetitionView publicView) {
        if (!enabled() || !PetitionState.PUBLIC.contains(petition.state)) {
            return;
        }
        Instant now = clock.instant();
        if (pages.size() >= settings.maxPages()) {
            pages.values().removeIf(page -> !now.isBefore(page.expiresAt()));
            if (pages.size() >= settings.maxPages()) {
                return;
            }
        }
        pages.put(petition.id, new Page(publicView, petition.authorSubject, now.plus(settings.ttl())));
    }

    public void evict(UUID id) {
        pages.remove(id);
    }

    int size() {
        return pages.size();
    }

    private boolean enabled() {
        return !settings.ttl().isZero() && !settings.ttl().isNegative();
    }
}
