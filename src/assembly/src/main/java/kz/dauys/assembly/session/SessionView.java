package kz.dauys.assembly.session;

import kz.dauys.assembly.agenda.AgendaItemView;
import kz.dauys.contract.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A session as the API shows it. {@code agenda} is empty while the session is planned, except for
 * its secretary; {@code quorum} is null until attendance is recorded.
 */
public record SessionView(UUID id, UUID bodyId, LocalizedText bodyName, LocalizedText title, LocalDate date,
                          LocalTime startTime, int plannedMinutes, OffsetDateTime startsAt, OffsetDateTime endsAt,
                          String place, String onlineUrl, SessionStatus status, Instant agendaPublishedAt,
                          LocalDate agendaDueBy, Quorum quorum, List<String> presentMembers,
                          List<AgendaItemView> agenda, boolean minutesAvailable) {

    /** Attendance against the seats: {@code required} members must be present for {@code met}. */
    public record Quorum(int seats, int present, int required, boolean met) {
    }
}
