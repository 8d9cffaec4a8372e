package kz.dauys.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Creates PostgreSQL databases over JDBC, so the scripts need no {@code psql} on the machine.
 * <p>
 * Usage: {@code DatabaseCreator ping} (exit 0 when the server accepts a connection) or
 * {@code DatabaseCreator ensure DB [DB ...]} (creates each database that does not exist yet).
 * The server comes from {@code DAUYS_DB_HOST} (127.0.0.1), {@code DAUYS_DB_PORT} (5432),
 * {@code DAUYS_DB_USER} (postgres) and {@code DAUYS_DB_PASSWORD} (empty), read from the environment
 * so that no password shows up in a process list.
 * Exit codes: 0 done, 1 the server refused or failed, 2 wrong usage.
 */
public final class DatabaseCreator {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private DatabaseCreator() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !(args[0].equals("ping") || args[0].equals("ensure"))) {
            System.err.println("usage: DatabaseCreator ping | ensure DB [DB ...]");
            System.exit(2);
        }
        List<String> databases = Arrays.asList(args).subList(1, args.length);
        for (String database : databases) {
            if (!DATABASE_NAME.matcher(database).matches()) {
                System.err.println("not a plain database name (lower-case letters, digits, _): " + database);
                System.exit(2);
            }
        }
        String host = env("DAUYS_DB_HOST", "127.0.0.1");
        String port = env("DAUYS_DB_PORT", "5432");
        String user = env("DAUYS_DB_USER", "postgres");
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", env("DAUYS_DB_PASSWORD", ""));
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("ApplicationName", "dauys-database-creator");
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            if (args[0].equals("ping")) {
                System.out.println("PostgreSQL " + connection.getMetaData().getDatabaseProductVersion()
                        + " answers at " + host + ":" + port + " as " + user);
                return;
            }
            for (String database : databases) {
                ensure(connection, database, user);
            }
        } catch (SQLException e) {
            System.err.println("PostgreSQL at " + host + ":" + port + " (user " + user + "): " + e.getMessage());
            System.exit(1);
        }
    }

    private static void ensure(Connection connection, String database, String user) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    System.out.println("database " + database + " exists");
                    return;
                }
            }
        }
        try (Statement create = connection.createStatement()) {
            // The name was checked against DATABASE_NAME, so it is safe to splice in.
            create.execute("create database " + database + " encoding 'UTF8' template template0");
            System.out.println("database " + database + " created (owner " + user + ")");
        } catch (SQLException e) {
            // Another process created it between the check and the create.
            if ("42P04".equals(e.getSQLState())) {
                System.out.println("database " + database + " exists");
            } else {
                throw e;
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
