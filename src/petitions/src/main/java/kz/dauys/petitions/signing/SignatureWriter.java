package kz.dauys.petitions.signing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import kz.dauys.petitions.PetitionsConfig;
import kz.dauys.petitions.TimeSource;
import kz.dauys.petitions.petition.Deadlines;
import kz.dauys.petitions.petition.Petition;
import kz.dauys.petitions.petition.PetitionEvents;
import kz.dauys.petitions.petition.PetitionLifecycle;
import kz.dauys.petitions.petition.PetitionState;
import kz.dauys.platform.problem.ProblemException;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Writes one batch of signatures in one transaction: locks the petitions, inserts every new signature
 * with one multi-row {@code INSERT ... ON CONFLICT DO NOTHING RETURNING} that also adds them to the
 * territory and total tallies, answers repeats with the existing row, and moves petitions that crossed
 * the early-backers count or their threshold. Because the tallies change
 * in the same transaction as the rows, a count always equals the number of valid rows.
 */
@ApplicationScoped
public class SignatureWriter {

    private final EntityManager entityManager;
    private final PetitionLifecycle lifecycle;
    private final PetitionEvents events;
    private final Deadlines deadlines;
    private final TimeSource time;
    private final SigningRules rules;
    private final PetitionsConfig config;

    SignatureWriter(EntityManager entityManager, PetitionLifecycle lifecycle, PetitionEvents events, Deadlines deadlines,
                    TimeSource time, SigningRules rules, PetitionsConfig config) {
        this.entityManager = entityManager;
        this.lifecycle = lifecycle;
        this.events = events;
        this.deadlines = deadlines;
        this.time = time;
        this.rules = rules;
        this.config = config;
    }

    /** Results in the order of the commands; the transaction has committed when this returns. */
    public List<SignResult> write(List<SignCommand> commands) {
        return QuarkusTransaction.requiringNew().timeout(30).call(() -> writeInTransaction(commands));
    }

    private List<SignResult> writeInTransaction(List<SignCommand> commands) {
        Session session = entityManager.unwrap(Session.class);
        Map<UUID, Long> newTotals = new HashMap<>();
        Map<UUID, PetitionRow> petitions = new HashMap<>();
        List<SignResult> results = session.doReturningWork(connection -> writeRows(connection, commands, petitions, newTotals));
        for (Map.Entry<UUID, Long> entry : newTotals.entrySet()) {
            // The entity is loaded only for a petition that moves: most batches move none.
            if (petitions.get(entry.getKey()).movesAt(entry.getValue(), config.earlyBackers().required())) {
                advance(entry.getKey(), entry.getValue());
            }
        }
        return results;
    }

    /** The petition as locked for this batch: nothing else changes its state until the batch commits. */
    private record PetitionRow(UUID id, PetitionState state, String territory, LocalDate collectionEndsOn, long threshold) {

        boolean movesAt(long total, long earlyBackersRequired) {
            return (state == PetitionState.GATHERING_BACKERS && total >= earlyBackersRequired)
                    || (PetitionState.BEFORE_THRESHOLD.contains(state) && total >= threshold);
        }
    }

    private List<SignResult> writeRows(Connection connection, List<SignCommand> commands, Map<UUID, PetitionRow> petitions,
                                       Map<UUID, Long> newTotals) throws SQLException {
        petitions.putAll(lockPetitions(connection, commands));
        LocalDate today = time.today();
        SignResult[] results = new SignResult[commands.size()];
        Map<String, Integer> primaryByKey = new LinkedHashMap<>();
        List<Integer> duplicates = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            SignCommand command = commands.get(i);
            ProblemException refusal = refusal(petitions.get(command.petitionId()), command, today);
            if (refusal != null) {
                results[i] = SignResult.refused(refusal);
            } else if (primaryByKey.putIfAbsent(command.key(), i) != null) {
                duplicates.add(i);
            }
        }
        List<SignCommand> primaries = primaryByKey.values().stream().map(commands::get).toList();
        Map<String, StoredSignature> stored = new HashMap<>();
        List<StoredSignature> counted = new ArrayList<>();
        if (!primaries.isEmpty()) {
            for (StoredSignature inserted : insertAndCount(connection, primaries, newTotals)) {
                stored.put(inserted.key(), inserted.asCreated());
            }
            List<SignCommand> repeats = primaries.stream().filter(c -> !stored.containsKey(c.key())).toList();
            if (!repeats.isEmpty()) {
                for (StoredSignature existing : existing(connection, repeats)) {
                    stored.put(existing.key(), existing);
                }
                for (StoredSignature renewed : renewWithdrawn(connection, repeats)) {
                    stored.put(renewed.key(), renewed.asCreated());
                    counted.add(renewed);
                }
            }
            if (!counted.isEmpty()) {
                addToTerritoryTallies(connection, counted);
                newTotals.putAll(addToTotals(connection, counted));
            }
        }
        Map<UUID, Long> totals = currentTotals(connection, newTotals, primaries);
        for (Map.Entry<String, Integer> entry : primaryByKey.entrySet()) {
            StoredSignature signature = stored.get(entry.getKey());
            results[entry.getValue()] = SignResult.signed(signature.view(totals.getOrDefault(signature.petitionId(), 0L)));
        }
        for (int i : duplicates) {
            StoredSignature signature = stored.get(commands.get(i).key());
            results[i] = SignResult.signed(signature.asRepeat().view(totals.getOrDefault(signature.petitionId(), 0L)));
        }
        return List.of(results);
    }

    private Map<UUID, PetitionRow> lockPetitions(Connection connection, List<SignCommand> commands) throws SQLException {
        TreeSet<UUID> ids = new TreeSet<>();
        commands.forEach(c -> ids.add(c.petitionId()));
        Map<UUID, PetitionRow> rows = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select id, state, addressee_territory, collection_ends_on, threshold from petition
                where id = any (?::uuid[]) order by id for no key update""")) {
            select.setArray(1, textArray(connection, ids.stream().map(UUID::toString).toList()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Date ends = rs.getDate(4);
                    UUID id = rs.getObject(1, UUID.class);
                    rows.put(id, new PetitionRow(id, PetitionState.fromCode(rs.getString(2)), rs.getString(3),
                            ends == null ? null : ends.toLocalDate(), rs.getLong(5)));
                }
            }
        }
        return rows;
    }

    private ProblemException refusal(PetitionRow petition, SignCommand command, LocalDate today) {
        if (petition == null || !PetitionState.PUBLIC.contains(petition.state())) {
            return ProblemException.notFound("Petition", command.petitionId());
        }
        if (!PetitionState.SIGNABLE.contains(petition.state())
                || (petition.collectionEndsOn() != null && today.isAfter(petition.collectionEndsOn()))) {
            return ProblemException.unprocessable("not-signable",
                    "This petition no longer accepts signatures (it is " + petition.state().code() + ").");
        }
        if (!rules.residentOf(petition.territory(), command.region(), command.district())) {
            return new ProblemException(403, "not-resident", "Not allowed",
                    "Only residents of " + petition.territory() + " can sign this petition; your account gives another place of residence.");
        }
        return null;
    }

    /**
     * Inserts the new signatures and adds them to the territory and total tallies in one statement
     * (one round trip instead of three; the tallies see exactly the rows this statement inserted).
     * Returns the inserted rows; {@code newTotals} gets the petitions' totals after the statement.
     */
    private List<StoredSignature> insertAndCount(Connection connection, List<SignCommand> commands, Map<UUID, Long> newTotals)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                with inserted as (
                    insert into signature (petition_id, signer_hash, display_name, listed, region, district, signed_at,
                                           client_hash, user_agent_family)
                    select p::uuid, h, n, l, r, d, now(), c, u
                    from unnest(?::text[], ?::text[], ?::text[], ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[])
                         as t(p, h, n, l, r, d, c, u)
                    on conflict (petition_id, signer_hash) do nothing
                    returning petition_id, signer_hash, status, display_name, listed, region, district, signed_at
                ), by_territory as (
                    insert into petition_territory_tally (petition_id, region, district, count)
                    select petition_id, region, district, count(*) from inserted
                    group by petition_id, region, district order by petition_id, region, district
                    on conflict (petition_id, region, district)
                        do update set count = petition_territory_tally.count + excluded.count
                ), totals as (
                    insert into petition_tally (petition_id, total, updated_at)
                    select petition_id, count(*), now() from inserted group by petition_id order by petition_id
                    on conflict (petition_id) do update set total = petition_tally.total + excluded.total, updated_at = now()
                    returning petition_id, total
                )
                select petition_id, signer_hash, status, display_name, listed, region, district, signed_at, null::bigint
                from inserted
                union all
                select petition_id, null, null, null, null, null, null, null, total from totals""")) {
            insert.setArray(1, textArray(connection, commands.stream().map(c -> c.petitionId().toString()).toList()));
            insert.setArray(2, textArray(connection, commands.stream().map(SignCommand::signerHash).toList()));
            insert.setArray(3, textArray(connection, commands.stream().map(SignCommand::displayName).toList()));
            insert.setArray(4, connection.createArrayOf("boolean", commands.stream().map(SignCommand::listed).toArray()));
            insert.setArray(5, textArray(connection, commands.stream().map(SignCommand::region).toList()));
            insert.setArray(6, textArray(connection, commands.stream().map(SignCommand::district).toList()));
            insert.setArray(7, textArray(connection, commands.stream().map(SignCommand::clientHash).toList()));
            insert.setArray(8, textArray(connection, commands.stream().map(SignCommand::userAgentFamily).toList()));
            List<StoredSignature> rows = new ArrayList<>();
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    UUID petitionId = rs.getObject(1, UUID.class);
                    long total = rs.getLong(9);
                    if (!rs.wasNull()) {
                        newTotals.put(petitionId, total);
                    } else {
                        rows.add(new StoredSignature(petitionId, rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), false));
                    }
                }
            }
            return rows;
        }
    }

    private List<StoredSignature> existing(Connection connection, List<SignCommand> commands) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select s.petition_id, s.signer_hash, s.status, s.display_name, s.listed, s.region, s.district, s.signed_at
                from signature s join unnest(?::text[], ?::text[]) as k(p, h) on s.petition_id = k.p::uuid and s.signer_hash = k.h""")) {
            bindKeys(connection, select, commands);
            return read(select);
        }
    }

    /** A person who withdrew and signs again: the row becomes valid again and counts again. */
    private List<StoredSignature> renewWithdrawn(Connection connection, List<SignCommand> commands) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update signature s set status = 'valid', signed_at = now(), changed_at = now()
                from unnest(?::text[], ?::text[]) as k(p, h)
                where s.petition_id = k.p::uuid and s.signer_hash = k.h and s.status = 'withdrawn'
                returning s.petition_id, s.signer_hash, s.status, s.display_name, s.listed, s.region, s.district, s.signed_at""")) {
            bindKeys(connection, update, commands);
            return read(update);
        }
    }

    private void addToTerritoryTallies(Connection connection, List<StoredSignature> counted) throws SQLException {
        Map<List<String>, Long> byTerritory = new LinkedHashMap<>();
        for (StoredSignature s : counted) {
            byTerritory.merge(List.of(s.petitionId().toString(), s.region(), s.district()), 1L, Long::sum);
        }
        // Sorted keys: two transactions touching the same rows lock them in the same order.
        List<List<String>> keys = byTerritory.keySet().stream()
                .sorted((a, b) -> String.join("|", a).compareTo(String.join("|", b))).toList();
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into petition_territory_tally (petition_id, region, district, count)
                select p::uuid, r, d, n from unnest(?::text[], ?::text[], ?::text[], ?::bigint[]) as t(p, r, d, n)
                on conflict (petition_id, region, district) do update set count = petition_territory_tally.count + excluded.count""")) {
            upsert.setArray(1, textArray(connection, keys.stream().map(k -> k.get(0)).toList()));
            upsert.setArray(2, textArray(connection, keys.stream().map(k -> k.get(1)).toList()));
            upsert.setArray(3, textArray(connection, keys.stream().map(k -> k.get(2)).toList()));
            upsert.setArray(4, connection.createArrayOf("bigint", keys.stream().map(byTerritory::get).toArray()));
            upsert.executeUpdate();
        }
    }

    private Map<UUID, Long> addToTotals(Connection connection, List<StoredSignature> counted) throws SQLException {
        Map<String, Long> byPetition = new java.util.TreeMap<>();
        for (StoredSignature s : counted) {
            byPetition.merge(s.petitionId().toString(), 1L, Long::sum);
        }
        Map<UUID, Long> totals = new HashMap<>();
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into petition_tally (petition_id, total, updated_at)
                select p::uuid, n, now() from unnest(?::text[], ?::bigint[]) as t(p, n)
                on conflict (petition_id) do update set total = petition_tally.total + excluded.total, updated_at = now()
                returning petition_id, total""")) {
            upsert.setArray(1, textArray(connection, List.copyOf(byPetition.keySet())));
            upsert.setArray(2, connection.createArrayOf("bigint", byPetition.values().toArray()));
            try (ResultSet rs = upsert.executeQuery()) {
                while (rs.next()) {
                    totals.put(rs.getObject(1, UUID.class), rs.getLong(2));
                }
            }
        }
        return totals;
    }

    private Map<UUID, Long> currentTotals(Connection connection, Map<UUID, Long> known, List<SignCommand> primaries)
            throws SQLException {
        Map<UUID, Long> totals = new HashMap<>(known);
        List<String> missing = primaries.stream().map(SignCommand::petitionId).distinct()
                .filter(id -> !totals.containsKey(id)).map(UUID::toString).toList();
        if (!missing.isEmpty()) {
            try (PreparedStatement select = connection.prepareStatement(
                    "select petition_id, total from petition_tally where petition_id = any (?::uuid[])")) {
                select.setArray(1, textArray(connection, missing));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        totals.put(rs.getObject(1, UUID.class), rs.getLong(2));
                    }
                }
            }
        }
        return totals;
    }

    /** Opens a petition that has its early backers; sends one that reached its threshold to its addressee. */
    private void advance(UUID petitionId, long total) {
        Petition petition = entityManager.find(Petition.class, petitionId);
        if (petition.state == PetitionState.GATHERING_BACKERS && total >= config.earlyBackers().required()
                && total < petition.threshold) {
            petition.openedAt = time.now();
            lifecycle.move(petition, PetitionState.OPEN, "opened", "system", null);
        }
        if (PetitionState.BEFORE_THRESHOLD.contains(petition.state) && total >= petition.threshold) {
            if (petition.openedAt == null) {
                petition.openedAt = time.now();
            }
            petition.thresholdReachedAt = time.now();
            petition.answerDueOn = deadlines.answerDue(time.today(), petition.isCentral());
            lifecycle.move(petition, PetitionState.UNDER_CONSIDERATION, "threshold_reached", "system", null);
            events.thresholdReached(petition, total);
        }
    }

    private static void bindKeys(Connection connection, PreparedStatement statement, List<SignCommand> commands) throws SQLException {
        statement.setArray(1, textArray(connection, commands.stream().map(c -> c.petitionId().toString()).toList()));
        statement.setArray(2, textArray(connection, commands.stream().map(SignCommand::signerHash).toList()));
    }

    private static List<StoredSignature> read(PreparedStatement statement) throws SQLException {
        List<StoredSignature> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Timestamp signedAt = rs.getTimestamp(8);
                rows.add(new StoredSignature(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), rs.getString(7), signedAt.toInstant(), false));
            }
        }
        return rows;
    }

    private static Array textArray(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    private record StoredSignature(UUID petitionId, String signerHash, String status, String displayName, boolean listed,
                                   String region, String district, Instant signedAt, boolean created) {

        String key() {
            return petitionId + "|" + signerHash;
        }

        StoredSignature asCreated() {
            return new StoredSignature(petitionId, signerHash, status, displayName, listed, region, district, signedAt, true);
        }

        StoredSignature asRepeat() {
            return new StoredSignature(petitionId, signerHash, status, displayName, listed, region, district, signedAt, false);
        }

        SignatureView view(long total) {
            return new SignatureView(petitionId, status, displayName, listed, emptyToNull(region), emptyToNull(district),
                    signedAt, total, created);
        }

        private static String emptyToNull(String s) {
            return s == null || s.isEmpty() ? null : s;
        }
    }
}
