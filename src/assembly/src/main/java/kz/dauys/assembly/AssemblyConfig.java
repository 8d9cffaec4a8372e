package kz.dauys.assembly;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

/** The legal figures and rules of the assembly service, all from configuration. */
@ConfigMapping(prefix = "dauys.assembly")
public interface AssemblyConfig {

    /** The zone sessions are held in. */
    ZoneId zone();

    Notice notice();

    Quorum quorum();

    Proposals proposals();

    interface Notice {
        /** How many days before the session the agenda must be published. */
        int days();

        NoticeUnit unit();
    }

    enum NoticeUnit {
        CALENDAR_DAYS,
        WORKING_DAYS
    }

    interface Quorum {
        int numerator();

        int denominator();
    }

    interface Proposals {
        /** Co-sponsors (besides the author) after which the secretary must decide. */
        int cosponsorThreshold();

        /** Days the secretary has to decide once the threshold is reached. */
        @WithDefault("30")
        int decisionDays();

        /** Agenda time given to an accepted proposal when the secretary names none. */
        @WithDefault("15")
        int defaultDurationMinutes();
    }
}
