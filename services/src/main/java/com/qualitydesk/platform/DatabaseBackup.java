package com.qualitydesk.platform;

import com.qualitydesk.persistence.DatabaseMigration;
import com.qualitydesk.security.Department.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The embedded H2 database copied, while it runs, into the data folder's {@code backups} folder as
 * one zip per night; the newest {@code qd.backup.keep} (default {@value #KEEP}) are kept. H2's
 * {@code BACKUP TO} writes a consistent copy without stopping anyone. PostgreSQL is backed up by
 * its own tools (pg_dump), as the administrator's guide says: nothing is done for it here.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseBackup {

    public static final String KEEP = "7";

    /** Backups are named by their moment, so that their names sort as their age. */
    static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'quality-desk-'yyyyMMdd-HHmmss'.zip'");

    private static final Logger LOG = Logger.getLogger(DatabaseBackup.class.getName());

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "qd.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "qd.backup.keep", defaultValue = KEEP)
    int keep;

    @Inject
    Clock clock;

    /** The folder the backups go to. */
    @PermitAll
    public Path folder() {
        return Path.of(dataDir, "backups");
    }

    /** A backup now, for the administrator; empty on PostgreSQL, which pg_dump backs up. */
    @RolesAllowed(Role.ADMIN)
    public Optional<Path> backUpNow() {
        return backUp();
    }

    /** The nightly backup: a new zip and the oldest beyond the ones kept removed. */
    @PermitAll
    public Optional<Path> backUp() {
        if (!embedded()) {
            return Optional.empty();
        }
        Path target = folder().resolve(LocalDateTime.now(clock).format(NAME));
        try {
            Files.createDirectories(folder());
            try (var connection = dataSource.getConnection();
                    var statement = connection.createStatement()) {
                statement.execute(
                        "BACKUP TO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            for (Path old : beyondKept()) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The database was not backed up to " + target, e);
        }
        LOG.info("Database backed up to " + target);
        return Optional.of(target);
    }

    /** The backups in the folder, oldest first. */
    @PermitAll
    public List<Path> kept() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(DatabaseBackup::isBackup).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> beyondKept() {
        List<Path> all = kept();
        return all.subList(0, Math.max(0, all.size() - Math.max(1, keep)));
    }

    static boolean isBackup(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("quality-desk-") && name.endsWith(".zip");
    }

    private boolean embedded() {
        try (var connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("h2");
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }
}
