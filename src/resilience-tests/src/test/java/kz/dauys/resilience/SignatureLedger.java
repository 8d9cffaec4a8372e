package kz.dauys.resilience;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the petitions database holds, compared with what the clients were told. */
final class SignatureLedger {

    private SignatureLedger() {
    }

    /** Acknowledged signatures ("petition|signer hash") missing from the valid rows. */
    static List<String> missing(Connection db, Set<String> acknowledged) throws SQLException {
        Set<String> stored = new HashSet<>();
        try (PreparedStatement rows = db.prepareStatement("select petition_id, signer_hash from signature where status = 'valid'");
             ResultSet rs = rows.executeQuery()) {
            while (rs.next()) {
                stored.add(rs.getString(1) + "|" + rs.getString(2));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String key : acknowledged) {
            if (!stored.contains(key)) {
                missing.add(key);
            }
        }
        return missing;
    }

    /** Petitions whose count, valid rows, distinct signers and territory breakdown disagree. */
    static List<String> countMismatches(Connection db, List<UUID> ids) throws SQLException {
        List<String> mismatches = new ArrayList<>();
        try (PreparedStatement check = db.prepareStatement("""
                select p.id, coalesce(t.total, 0),
                       (select count(*) from signature s where s.petition_id = p.id and s.status = 'valid'),
                       (select count(distinct signer_hash) from signature s where s.petition_id = p.id and s.status = 'valid'),
                       (select coalesce(sum(count), 0) from petition_territory_tally x where x.petition_id = p.id)
                from petition p left join petition_tally t on t.petition_id = p.id where p.id = any (?::uuid[])""")) {
            check.setArray(1, db.createArrayOf("text", ids.stream().map(UUID::toString).toArray()));
            try (ResultSet rs = check.executeQuery()) {
                while (rs.next()) {
                    long total = rs.getLong(2);
                    if (total != rs.getLong(3) || total != rs.getLong(4) || total != rs.getLong(5)) {
                        mismatches.add("%s: count %d, rows %d, distinct signers %d, by territory %d".formatted(
                                rs.getString(1), total, rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                    }
                }
            }
        }
        return mismatches;
    }

    static long unpublishedOutboxRows(Connection db) throws SQLException {
        try (PreparedStatement count = db.prepareStatement("select count(*) from outbox_event where published_at is null");
             ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Set<String> outboxIds(Connection db) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement rows = db.prepareStatement("select id from outbox_event"); ResultSet rs = rows.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
