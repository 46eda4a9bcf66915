package com.qualitydesk.platform;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.security.Account;
import com.qualitydesk.security.Accounts;
import com.qualitydesk.security.Department;
import com.qualitydesk.settings.ProcedureSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a new installation needs before anyone can log in: the procedure parameters with their
 * defaults, the administrator account, and, when asked for, the demo data set.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstStart {

    public static final String ADMIN_USERNAME = "admin";

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureSettings settings;

    @Inject
    AuditedRecords records;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    DemoData demoData;

    @Inject
    @ConfigProperty(name = "qd.admin.password")
    Optional<String> adminPassword;

    /** "auto": on for the embedded H2 database, off for PostgreSQL. */
    @Inject
    @ConfigProperty(name = "qd.demo-data", defaultValue = "auto")
    String demoSwitch;

    @Inject
    @ConfigProperty(name = "qd.db.url")
    String databaseUrl;

    @PostConstruct
    void prepare() {
        settings.ensureAll();
        long accounts =
                em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
        if (accounts == 0) {
            createAdministrator();
        }
        if (demoWanted() && !demoData.present()) {
            demoData.load();
            LOG.info("Demo data loaded: one user per department, password " + DemoData.PASSWORD);
        }
    }

    private void createAdministrator() {
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = Accounts.generatePassword();
        }
        var admin = new Account(
                ADMIN_USERNAME, "Administrator", hash.generate(password.toCharArray()), EnumSet.of(Department.ADMIN));
        records.create(admin);
        if (generated) {
            // printed once, at the only moment it exists in clear
            LOG.warning("First start: created user '" + ADMIN_USERNAME + "' with password " + password
                    + " (set QD_ADMIN_PASSWORD to choose it)");
        }
    }

    private boolean demoWanted() {
        return switch (demoSwitch.trim().toLowerCase()) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> databaseUrl.startsWith("jdbc:h2:");
        };
    }
}
