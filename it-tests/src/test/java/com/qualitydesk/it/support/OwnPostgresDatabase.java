package com.qualitydesk.it.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A PostgreSQL database of one test's own, on the server QD_DB_URL names, for a test that starts
 * its own server process (a crash, an outage): it must not share the database the deployed tests
 * use. Dropped when closed, connections and all. Absent when the tests run on H2.
 */
public final class OwnPostgresDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String name;
    private final String user;

    private OwnPostgresDatabase(String serverUrl, String name, String user) {
        this.serverUrl = serverUrl;
        this.name = name;
        this.user = user;
    }

    /** A new database named after the test, when the tests run on PostgreSQL. */
    public static Optional<OwnPostgresDatabase> create(String prefix) throws SQLException {
        String configured = System.getenv("QD_DB_URL");
        if (configured == null || !configured.startsWith("jdbc:postgresql:")) {
            return Optional.empty();
        }
        var database = new OwnPostgresDatabase(
                configured.substring(0, configured.lastIndexOf('/') + 1),
                prefix + "_" + System.currentTimeMillis(),
                System.getenv().getOrDefault("QD_DB_USER", "postgres"));
        try (Connection c = database.maintenance()) {
            c.createStatement().execute("CREATE DATABASE " + database.name);
        }
        return Optional.of(database);
    }

    public String url() {
        return serverUrl + name;
    }

    public String name() {
        return name;
    }

    public String user() {
        return user;
    }

    /** The CI's server trusts its local users: no password. */
    public String password() {
        return "";
    }

    public String host() {
        return URI.create(serverUrl.substring("jdbc:".length())).getHost();
    }

    public int port() {
        int port = URI.create(serverUrl.substring("jdbc:".length())).getPort();
        return port < 0 ? 5432 : port;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = maintenance()) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private Connection maintenance() throws SQLException {
        return DriverManager.getConnection(serverUrl + "postgres", user, password());
    }
}
