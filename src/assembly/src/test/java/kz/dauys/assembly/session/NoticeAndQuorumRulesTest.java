package kz.dauys.assembly.session;

import kz.dauys.assembly.AssemblyConfig;
import kz.dauys.kernel.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The notice period in calendar and in working days (with the real calendar), and the quorum arithmetic. */
class NoticeAndQuorumRulesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.loadDefault();

    @Test
    void calendarDaysCountEveryDay() {
        NoticePeriod notice = new NoticePeriod(config(10, AssemblyConfig.NoticeUnit.CALENDAR_DAYS, 2, 3), CALENDAR);
        LocalDate publishedOn = LocalDate.of(2026, 12, 7);
        assertThat(notice.earliestSessionDate(publishedOn)).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(notice.allows(publishedOn, LocalDate.of(2026, 12, 17))).isTrue();
        assertThat(notice.allows(publishedOn, LocalDate.of(2026, 12, 16))).isFalse();
        assertThat(notice.latestPublicationDate(LocalDate.of(2026, 12, 17))).isEqualTo(publishedOn);
    }

    @Test
    void workingDaysSkipWeekendsAndIndependenceDay() {
        NoticePeriod notice = new NoticePeriod(config(10, AssemblyConfig.NoticeUnit.WORKING_DAYS, 2, 3), CALENDAR);
        // Monday 30 November 2026: two plain working weeks later.
        assertThat(notice.earliestSessionDate(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 12, 14));
        // Monday 7 December 2026: 16 December (Independence Day) does not count.
        assertThat(notice.earliestSessionDate(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(notice.allows(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 21))).isFalse();
        assertThat(notice.describe()).isEqualTo("10 working days");
    }

    @Test
    void quorumIsTheConfiguredShareRoundedUp() {
        QuorumRule twoThirds = new QuorumRule(config(10, AssemblyConfig.NoticeUnit.CALENDAR_DAYS, 2, 3));
        assertThat(twoThirds.required(39)).isEqualTo(26);
        assertThat(twoThirds.required(21)).isEqualTo(14);
        assertThat(twoThirds.required(20)).isEqualTo(14);
        assertThat(twoThirds.of(39, 25).met()).isFalse();
        assertThat(twoThirds.of(39, 26).met()).isTrue();
        assertThat(twoThirds.of(39, null)).isNull();
        QuorumRule half = new QuorumRule(config(10, AssemblyConfig.NoticeUnit.CALENDAR_DAYS, 1, 2));
        assertThat(half.required(15)).isEqualTo(8);
        assertThatThrownBy(() -> new QuorumRule(config(10, AssemblyConfig.NoticeUnit.CALENDAR_DAYS, 3, 2)))
                .isInstanceOf(IllegalStateException.class);
    }

    private static AssemblyConfig config(int days, AssemblyConfig.NoticeUnit unit, int numerator, int denominator) {
        return new AssemblyConfig() {
            @Override
            public ZoneId zone() {
                return ZoneId.of("Asia/Almaty");
            }

            @Override
            public Notice notice() {
                return new Notice() {
                    @Override
                    public int days() {
                        return days;
                    }

                    @Override
                    public NoticeUnit unit() {
                        return unit;
                    }
                };
            }

            @Override
            public Quorum quorum() {
                return new Quorum() {
                    @Override
                    public int numerator() {
                        return numerator;
                    }

                    @Override
                    public int denominator() {
                        return denominator;
                    }
                };
            }

            @Override
            public Proposals proposals() {
                throw new UnsupportedOperationException("not used by these rules");
            }
        };
    }
}
