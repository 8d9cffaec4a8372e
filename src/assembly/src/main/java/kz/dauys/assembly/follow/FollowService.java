package kz.dauys.assembly.follow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.dauys.assembly.body.Body;
import kz.dauys.assembly.body.BodyService;
import kz.dauys.assembly.session.AssemblySession;
import kz.dauys.assembly.session.SessionService;
import kz.dauys.assembly.session.SessionStatus;
import kz.dauys.platform.identity.CurrentUser;

import java.util.List;
import java.util.UUID;

/** Residents follow bodies to see their upcoming sessions; followers are kept by account subject only. */
@ApplicationScoped
public class FollowService {

    static final int UPCOMING_PER_BODY = 5;

    private final EntityManager entityManager;
    private final CurrentUser user;
    private final BodyService bodies;
    private final SessionService sessions;

    FollowService(EntityManager entityManager, CurrentUser user, BodyService bodies, SessionService sessions) {
        this.entityManager = entityManager;
        this.user = user;
        this.bodies = bodies;
        this.sessions = sessions;
    }

    /** @return true if the caller did not follow the body before */
    @Transactional
    public boolean follow(UUID bodyId) {
        Body body = Body.require(bodyId);
        return entityManager.createNativeQuery("insert into body_follower (body_id, subject) values (?1, ?2) on conflict do nothing")
                .setParameter(1, body.id).setParameter(2, user.subject()).executeUpdate() == 1;
    }

    @Transactional
    public void unfollow(UUID bodyId) {
        Body body = Body.require(bodyId);
        entityManager.createNativeQuery("delete from body_follower where body_id = ?1 and subject = ?2")
                .setParameter(1, body.id).setParameter(2, user.subject()).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<FollowedBodyView> followed() {
        List<UUID> ids = entityManager.createNativeQuery(
                        "select body_id from body_follower where subject = ?1 order by created_at")
                .setParameter(1, user.subject()).getResultList();
        return ids.stream().map(id -> {
            Body body = Body.require(id);
            List<AssemblySession> upcoming = AssemblySession.<AssemblySession>find(
                            "bodyId = ?1 and date >= ?2 and status in ?3 order by date, startTime", body.id, sessions.today(),
                            List.of(SessionStatus.AGENDA_PUBLISHED, SessionStatus.IN_SESSION))
                    .page(0, UPCOMING_PER_BODY).list();
            return new FollowedBodyView(bodies.view(body), upcoming.stream().map(s -> sessions.view(s, body, false)).toList());
        }).toList();
    }
}
