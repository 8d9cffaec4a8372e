package kz.dauys.assembly.follow;

import kz.dauys.assembly.body.BodyView;
import kz.dauys.assembly.session.SessionView;

import java.util.List;

/** A followed body with its next public sessions (agenda published or in session). */
public record FollowedBodyView(BodyView body, List<SessionView> upcomingSessions) {
}
