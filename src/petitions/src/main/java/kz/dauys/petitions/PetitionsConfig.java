package kz.dauys.petitions;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;

/**
 * The legal figures and operating limits of the petitions service. The defaults are the published
 * rules; a change in the law is a change of configuration, not of code.
 */
@ConfigMapping(prefix = "dauys.petitions")
public interface PetitionsConfig {

    /** The zone in which dates (deadlines, "today") are reckoned. */
    @WithDefault("Asia/Almaty")
    ZoneId zone();

    /** Public base path of petition pages, used in event links. */
    @WithDefault("/petitions/")
    String linkBase();

    /** The {@code territory} claim of officials who answer for the Government and central bodies. */
    @WithDefault("KZ")
    String centralOfficialTerritory();

    DeadlineCheck deadlines();

    Thresholds thresholds();

    Moderation moderation();

    EarlyBackers earlyBackers();

    Collection collection();

    Answer answer();

    Signing signing();

    RateLimit rateLimit();

    PageCache pageCache();

    interface DeadlineCheck {
        /** How often deadlines are checked ({@code off} disables the schedule, e.g. in tests that run it by hand). */
        @WithDefault("1m")
        String every();

        /** Delay of the first check after start-up. */
        @WithDefault("30s")
        String delayed();
    }

    interface Thresholds {
        /** Signatures needed for the Government or a central state body. */
        @WithDefault("50000")
        long central();

        /** Akimat of an oblast or a city of republican significance: this percent of its population. */
        @WithDefault("1")
        BigDecimal regionAkimatPercent();

        /** Maslikhat of an oblast or a city of republican significance: this percent of its population. */
        @WithDefault("2")
        BigDecimal regionMaslikhatPercent();

        /** Akimat of a town of more than {@link #townMinPopulation()} people. */
        @WithDefault("2500")
        long townAkimat();

        /** Maslikhat of such a town. */
        @WithDefault("5000")
        long townMaslikhat();

        /** A town qualifies as an addressee above this population. */
        @WithDefault("50000")
        long townMinPopulation();
    }

    interface Moderation {
        /** Moderation must decide within this many working days of submission. */
        @WithDefault("20")
        int workingDays();
    }

    interface EarlyBackers {
        /** Signatures needed before a petition is listed publicly. */
        @WithDefault("50")
        long required();

        /** Working days after approval to gather them. */
        @WithDefault("10")
        int workingDays();
    }

    interface Collection {
        /** How long a petition collects signatures after approval. */
        @WithDefault("P6M")
        Period period();
    }

    interface Answer {
        /** Working days a central body has to answer after the threshold. */
        @WithDefault("40")
        int centralWorkingDays();

        /** Working days a local body has to answer after the threshold. */
        @WithDefault("20")
        int localWorkingDays();
    }

    interface Signing {
        /** Batch writers; each petition is always written by the same one. One gives the largest batches. */
        @WithDefault("1")
        int writers();

        /** Most signatures written in one transaction. */
        @WithDefault("500")
        int maxBatch();

        /** Signatures waiting per writer before new ones are refused with 503. */
        @WithDefault("20000")
        int queueCapacity();

        /** How long a request waits for its batch to commit before it is answered 503. */
        @WithDefault("PT10S")
        Duration timeout();
    }

    interface RateLimit {
        /** Signing attempts one account may make per minute (burst included). */
        @WithDefault("30")
        int accountPerMinute();

        /** Signing attempts from one client address per minute (generous: mobile carriers share addresses). */
        @WithDefault("3000")
        int addressPerMinute();

        /** Petitions one account may create per day. */
        @WithDefault("10")
        int petitionsPerDay();
    }

    interface PageCache {
        /** How long a petition's public page is kept (its counts are always read live); {@code 0s} keeps none. */
        @WithDefault("1s")
        Duration ttl();

        /** At most this many pages are kept (petitions read at the same moment). */
        @WithDefault("10000")
        int maxPages();
    }
}
