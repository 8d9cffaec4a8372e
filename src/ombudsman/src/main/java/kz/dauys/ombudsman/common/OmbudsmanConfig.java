package kz.dauys.ombudsman.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;

/** The ombudsman service's configuration ({@code dauys.ombudsman.*}); legal figures live here, not in code. */
@ConfigMapping(prefix = "dauys.ombudsman")
public interface OmbudsmanConfig {

    /** Time zone in which dates ("today", working days) are counted. */
    ZoneId zone();

    Deadlines deadlines();

    Referrals referrals();

    interface Deadlines {
        int acknowledgementWorkingDays();

        int decisionWorkingDays();

        int transferWorkingDays();

        int extensionMaxMonths();

        int extensionNoticeWorkingDays();

        int bodyAnswerWorkingDays();

        @WithDefault("60s")
        Duration metricsRefresh();
    }

    interface Referrals {
        /** Petition topics concerning human rights. */
        Set<String> humanRightsTopics();

        /** The office for referrals that name no territory. */
        String defaultOffice();
    }
}
