package kz.dauys.assembly.support;

import kz.dauys.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct row checks in the service's test database. */
public final class Rows {

    private Rows() {
    }

    public static long count(String sql, Object... params) {
        try (Connection connection = TestDatabase.connect("dauys_assembly_test");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
