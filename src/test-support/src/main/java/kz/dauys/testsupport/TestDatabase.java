package kz.dauys.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Creates a service's test database ({@code dauys_<service>_test}) on the local PostgreSQL if missing. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static String host() {
        return env("DAUYS_DB_HOST", "127.0.0.1");
    }

    public static String port() {
        return env("DAUYS_DB_PORT", "5432");
    }

    public static String user() {
        return env("DAUYS_DB_USER", "postgres");
    }

    public static String password() {
        return env("DAUYS_DB_PASSWORD", "");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** Opens a plain JDBC connection to a database, for tests that check rows directly. */
    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user(), password());
    }

    static String serviceNameFromApplicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = TestDatabase.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read application.properties", e);
        }
        String name = properties.getProperty("dauys.service.name");
        if (name == null) {
            throw new IllegalStateException("application.properties must set dauys.service.name");
        }
        return name;
    }

    static void ensureExists(String serviceName) {
        String database = "dauys_" + serviceName + "_test";
        try (Connection connection = connect("postgres");
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database \"" + database + "\"");
            } catch (SQLException e) {
                // Another module's build may have created it at the same moment: fine if it exists now.
                if (!"42P04".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host() + ":" + port() + " is not reachable for tests ("
                    + e.getMessage() + "). Start it (see README) or set DAUYS_DB_HOST/PORT/USER/PASSWORD.", e);
        }
    }

    /** Drops (closing its connections) and creates a database, for suites that start services from scratch. */
    public static void recreate(String database) {
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a database name: " + database);
        }
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists \"" + database + "\" with (force)");
            statement.execute("create database \"" + database + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot recreate database " + database + " at " + host() + ":" + port(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
