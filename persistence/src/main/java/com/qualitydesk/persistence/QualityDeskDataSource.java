package com.qualitydesk.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's own data source. The JDBC URL alone chooses the database (embedded H2 by
 * default, PostgreSQL in production), so an administrator sets one variable, not a URL and a
 * matching driver class. The server's connection pool wraps it.
 */
public class QualityDeskDataSource implements DataSource {

    private static final Map<String, String> DRIVERS =
            Map.of("jdbc:h2:", "org.h2.Driver", "jdbc:postgresql:", "org.postgresql.Driver");

    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        String jdbcUrl = durable(url != null ? url : configured("qd.db.url"));
        loadDriverFor(jdbcUrl);
        return DriverManager.getConnection(
                jdbcUrl,
                emptyToNull(username != null ? username : configured("qd.db.user")),
                emptyToNull(pass != null ? pass : configured("qd.db.password")));
    }

    /**
     * Read at connection time from MicroProfile Config (environment variable QD_DB_URL etc., else
     * the defaults in microprofile-config.properties), so no server configuration is needed.
     */
    private static String configured(String key) {
        return ConfigProvider.getConfig(QualityDeskDataSource.class.getClassLoader())
                .getOptionalValue(key, String.class)
                .orElse(null);
    }

    /**
     * An embedded H2 database writes its committed changes to the file half a second later by
     * default: a killed server process loses what was committed in between (measured: thousands
     * of rows), and a mail marked as handed to the SMTP server would then be handed again after a
     * restart. Every commit is written at once unless the URL says otherwise (CS-04: at most one
     * message; nothing lost on a crash). PostgreSQL commits durably by itself.
     */
    static String durable(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:") || jdbcUrl.startsWith("jdbc:h2:mem:")) {
            return jdbcUrl;
        }
        return jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")
                ? jdbcUrl
                : jdbcUrl + ";WRITE_DELAY=0";
    }

    /** The driver jars live in the WAR, so they must be registered from the WAR's class loader. */
    static void loadDriverFor(String jdbcUrl) throws SQLException {
        if (jdbcUrl == null) {
            throw new SQLException("No JDBC URL configured (QD_DB_URL)");
        }
        String driver = DRIVERS.entrySet().stream()
                .filter(e -> jdbcUrl.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new SQLException(
                        "Unsupported database URL: " + jdbcUrl + " (Quality Desk runs on H2 and PostgreSQL)"));
        try {
            Class.forName(driver, true, QualityDeskDataSource.class.getClassLoader());
            if (driver.equals(DRIVERS.get("jdbc:h2:"))) {
                H2LegacyIdentity.noSequenceWritePerRow(QualityDeskDataSource.class.getClassLoader());
            }
        } catch (ClassNotFoundException e) {
            throw new SQLException("JDBC driver " + driver + " is not in the application", e);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
