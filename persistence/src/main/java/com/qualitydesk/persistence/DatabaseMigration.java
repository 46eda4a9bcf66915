package com.qualitydesk.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Defines the application's data source (never the server's throwaway default) and brings its
 * schema up to date before anything else runs. {@link QualityDeskDataSource} reads the URL, user
 * and password from MicroProfile Config: QD_DB_URL, QD_DB_USER and QD_DB_PASSWORD override the
 * embedded H2 default.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "com.qualitydesk.persistence.QualityDeskDataSource",
        minPoolSize = 1,
        maxPoolSize = 40,
        properties = {
            // a connection the database dropped (restart, network) is replaced, not handed out
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
// Flyway commits its own work; it must not run inside a container transaction.
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:global/jdbc/qualitydesk";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    /** "h2" or "postgresql": the folder of the few migrations whose SQL differs between the two. */
    private String vendor() {
        try (var connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }

    /** Logged before the migrations, so that an operator (and a test) sees when they began. */
    public static final String MIGRATING = "Bringing the database schema up to date";

    /** Logged once they are done, with the version and how many were applied. */
    public static final String MIGRATED = "Database schema at version";

    @PostConstruct
    void migrate() {
        LOG.info(MIGRATING);
        var result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .load()
                .migrate();
        LOG.info(() -> MIGRATED + " " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied)");
    }
}
