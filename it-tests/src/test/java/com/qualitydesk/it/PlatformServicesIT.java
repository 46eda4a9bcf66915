package com.qualitydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.audit.AuditEntry;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Customers;
import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.jobs.ScheduledTurns;
import com.qualitydesk.jobs.ScheduledWork;
import com.qualitydesk.persistence.DatabaseMigration;
import com.qualitydesk.platform.DatabaseBackup;
import com.qualitydesk.security.Account;
import com.qualitydesk.security.Accounts;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.LoginAttempts;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform's services in the real WAR on Payara Micro against the configured database (H2 by
 * default, PostgreSQL when QD_DB_URL is set), called as the departments that use them.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformServicesIT {

    @Deployment
    static WebArchive deployment() throws Exception {
        return RealWar.withTestsInside(Departments.class);
    }

    @Inject
    Departments as;

    @Inject
    ScheduledTurns turns;

    @Inject
    DatabaseBackup backup;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Customers customers;

    @Inject
    AuditTrail audit;

    @Inject
    ProcedureSettings settings;

    @Inject
    Accounts accounts;

    @Inject
    LoginAttempts logins;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void salesCreatesACustomerAndTheAuditTrailKeepsWhoAndWhat_CC01() throws Exception {
        String code = unique("IT");
        Customer saved = as.sales(() -> customers.save(new Customer(code, "测试客户", "Test customer")));

        var found = as.quality(() -> customers.page(new PageRequest(0, 10, null, true, Map.of("code", code))));
        assertEquals(1, found.total());
        assertEquals("测试客户", found.rows().get(0).getNameZh());

        List<AuditEntry> history = as.quality(() ->
                audit.history("Customer", saved.getId(), PageRequest.of(0, 50)).rows());
        assertTrue(
                history.stream()
                        .anyMatch(e -> e.getAction().equals("CREATED")
                                && e.getField().equals("code")
                                && e.getNewValue().equals(code)
                                && e.getChangedBy().equals("it-SALES")),
                "creation audited with the department's identity: " + describe(history));
    }

    @Test
    void anEditIsAuditedWithOldAndNewValue_CF14() throws Exception {
        Customer saved = as.sales(() -> customers.save(new Customer(unique("IT"), null, "Before Ltd.")));
        saved.setNameEn("After Ltd.");
        as.sales(() -> customers.save(saved));

        var history = as.quality(() ->
                audit.history("Customer", saved.getId(), PageRequest.of(0, 50)).rows());
        assertTrue(
                history.stream()
                        .anyMatch(e -> e.getAction().equals("CHANGED")
                                && "nameEn".equals(e.getField())
                                && "Before Ltd.".equals(e.getOldValue())
                                && "After Ltd.".equals(e.getNewValue())),
                describe(history));
    }

    @Test
    void qualityMayReadButNotEditCustomers() {
        var e = assertThrows(
                Exception.class, () -> as.quality(() -> customers.save(new Customer(unique("IT"), "x", null))));
        assertInstanceOf(EJBAccessException.class, rootCause(e, EJBAccessException.class), e.toString());
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndTheFirstIsKept() throws Exception {
        Customer saved = as.sales(() -> customers.save(new Customer(unique("IT"), null, "Original")));
        Customer first = as.sales(() -> customers.find(saved.getId()).orElseThrow());
        Customer second = as.sales(() -> customers.find(saved.getId()).orElseThrow());

        first.setNameEn("First editor");
        as.sales(() -> customers.save(first));
        second.setNameEn("Second editor");
        var e = assertThrows(Exception.class, () -> as.sales(() -> customers.save(second)));
        assertInstanceOf(OptimisticLockException.class, rootCause(e, OptimisticLockException.class), e.toString());

        assertEquals(
                "First editor",
                as.sales(() -> customers.find(saved.getId()).orElseThrow().getNameEn()));
    }

    @Test
    void aDuplicateCustomerCodeIsRefusedWithItsOwnMessage() throws Exception {
        String code = unique("IT");
        as.sales(() -> customers.save(new Customer(code, "甲", null)));
        var e = assertThrows(RuleViolation.class, () -> as.sales(() -> customers.save(new Customer(code, "乙", null))));
        assertEquals("customer.code.taken", e.getMessageKey());
    }

    @Test
    void aCustomerWithoutAnyNameIsRefused() {
        var e = assertThrows(
                RuleViolation.class, () -> as.sales(() -> customers.save(new Customer(unique("IT"), " ", null))));
        assertEquals("customer.name.required", e.getMessageKey());
    }

    @Test
    void everyProcedureParameterExistsWithItsSeedDefaultAndChangesAreAudited_CF05() throws Exception {
        var all = as.admin(() -> settings.all());
        assertEquals(ProcedureParameter.values().length, all.size());

        var setting = all.stream()
                .filter(s -> s.getParameter() == ProcedureParameter.CF05_LARGE_BATCH_DAYS)
                .findFirst()
                .orElseThrow();
        int before = setting.getValue();
        int after = before == 8 ? 9 : 8;
        as.admin(() -> settings.change(ProcedureParameter.CF05_LARGE_BATCH_DAYS, after, setting.getVersion()));
        assertEquals(after, settings.value(ProcedureParameter.CF05_LARGE_BATCH_DAYS));

        var history = as.quality(() -> audit.history("ProcedureSetting", setting.getId(), PageRequest.of(0, 50))
                .rows());
        assertTrue(
                history.stream()
                        .anyMatch(e -> "value".equals(e.getField())
                                && String.valueOf(before).equals(e.getOldValue())
                                && String.valueOf(after).equals(e.getNewValue())
                                && "it-ADMIN".equals(e.getChangedBy())),
                describe(history));
        as.admin(() -> settings.change(ProcedureParameter.CF05_LARGE_BATCH_DAYS, 7, setting.getVersion() + 1));
    }

    @Test
    void aSettingOutsideItsRangeIsRefused_CS02() throws Exception {
        var setting = as.admin(() -> settings.all()).stream()
                .filter(s -> s.getParameter() == ProcedureParameter.CS02_COVERAGE_TARGET)
                .findFirst()
                .orElseThrow();
        var e = assertThrows(
                RuleViolation.class,
                () -> as.admin(
                        () -> settings.change(ProcedureParameter.CS02_COVERAGE_TARGET, 150, setting.getVersion())));
        assertEquals("settings.outOfRange", e.getMessageKey());
        assertEquals(90, settings.value(ProcedureParameter.CS02_COVERAGE_TARGET));
    }

    @Test
    void onlyAdministrationChangesSettings() {
        var e = assertThrows(Exception.class, () -> as.sales(() -> settings.all()));
        assertInstanceOf(EJBAccessException.class, rootCause(e, EJBAccessException.class), e.toString());
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountAndEvenTheRightOneIsRefused() throws Exception {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        as.admin(() -> accounts.create(
                username, "Lock Test", null, EnumSet.of(Department.SALES), "right-password".toCharArray()));

        for (int i = 1; i <= 4; i++) {
            assertEquals(
                    LoginAttempts.Outcome.REJECTED,
                    logins.attempt(username, "wrong".toCharArray()).outcome());
        }
        assertEquals(
                LoginAttempts.Outcome.LOCKED,
                logins.attempt(username, "wrong".toCharArray()).outcome());
        assertEquals(
                LoginAttempts.Outcome.LOCKED,
                logins.attempt(username, "right-password".toCharArray()).outcome());
        assertTrue(logins.lockedUntil(username).isPresent());
    }

    @Test
    void aResetPasswordLiftsTheLockAndTheNewPasswordWorks() throws Exception {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Account account = as.admin(() -> accounts.create(
                username, "Reset Test", null, EnumSet.of(Department.QUALITY), "first-password".toCharArray()));
        for (int i = 0; i < 5; i++) {
            logins.attempt(username, "wrong".toCharArray());
        }
        String generated = as.admin(() -> accounts.resetPassword(account.getId()));
        var result = logins.attempt(username, generated.toCharArray());
        assertEquals(LoginAttempts.Outcome.ACCEPTED, result.outcome());
        assertEquals(EnumSet.of(Department.QUALITY), result.departments());
    }

    @Test
    void aDeactivatedAccountCannotLogIn() throws Exception {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Account account = as.admin(() -> accounts.create(
                username, "Leaver", null, EnumSet.of(Department.OFFICE), "leaver-password".toCharArray()));
        as.admin(() -> {
            accounts.deactivate(account.getId());
            return null;
        });
        assertEquals(
                LoginAttempts.Outcome.INACTIVE,
                logins.attempt(username, "leaver-password".toCharArray()).outcome());
        assertFalse(
                as.admin(() -> accounts.findByUsername(username).orElseThrow().isActive()));
    }

    @Test
    void theHistoryIsReadOnlyForPeopleWhoLoggedIn_CF14() {
        var e = assertThrows(Exception.class, () -> audit.history("Customer", 1L, PageRequest.of(0, 10)));
        assertInstanceOf(EJBAccessException.class, rootCause(e, EJBAccessException.class), e.toString());
    }

    @Test
    void eachScheduledTurnIsTakenByExactlyOneOfManyFiringsAtOnce() throws Exception {
        // a turn a year ahead, so that the real timers of this server never compete for it; the
        // work's row is removed after, and the next real firing starts it again
        Instant firing = Instant.ofEpochSecond(
                ScheduledWork.INTAKE_HOUSEKEEPING.turnAt(Instant.now().plus(Duration.ofDays(365))));
        try {
            var start = new CountDownLatch(1);
            var firings = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 8; i++) {
                firings.add(executor.submit(() -> {
                    start.await();
                    return turns.take(ScheduledWork.INTAKE_HOUSEKEEPING, firing);
                }));
            }
            start.countDown();
            int taken = 0;
            for (Future<Boolean> f : firings) {
                taken += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, taken, "eight instances fired for the same turn: one does the work");
            String before = turnRow();
            assertFalse(
                    turns.take(ScheduledWork.INTAKE_HOUSEKEEPING, firing.plusSeconds(20)),
                    () -> "a late firing of turn " + firing.getEpochSecond() + ": before " + before + ", after "
                            + turnRow());
            assertTrue(turns.take(ScheduledWork.INTAKE_HOUSEKEEPING, firing.plus(Duration.ofMinutes(10))), "next turn");
        } finally {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement d = c.prepareStatement("delete from scheduled_turn where work = ?")) {
                d.setString(1, ScheduledWork.INTAKE_HOUSEKEEPING.name());
                d.executeUpdate();
            }
        }
    }

    private String turnRow() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "select turn_second, taken_by from scheduled_turn where work = 'INTAKE_HOUSEKEEPING'");
                ResultSet row = q.executeQuery()) {
            return row.next() ? row.getLong(1) + " by " + row.getString(2) : "no row";
        } catch (java.sql.SQLException e) {
            return e.toString();
        }
    }

    @Test
    void theEmbeddedDatabaseIsBackedUpWhileItRunsAndTheBackupRestoresToTheSameRecords() throws Exception {
        boolean embedded;
        try (Connection c = dataSource.getConnection()) {
            embedded = c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("h2");
        }
        if (!embedded) {
            // PostgreSQL is backed up with pg_dump (admin guide): the application writes nothing
            assertTrue(as.admin(() -> backup.backUpNow()).isEmpty(), "no backup of PostgreSQL by the application");
            return;
        }
        // older backups than the ones kept (7 by default) are removed after a new one
        Files.createDirectories(backup.folder());
        for (int day = 1; day <= 8; day++) {
            Files.writeString(backup.folder().resolve("quality-desk-2020010" + day + "-023000.zip"), "old");
        }
        Path zip = as.admin(() -> backup.backUpNow()).orElseThrow();
        assertTrue(Files.size(zip) > 0, zip.toString());
        List<Path> kept = backup.kept();
        assertEquals(7, kept.size(), kept.toString());
        assertEquals(zip, kept.get(kept.size() - 1), "the new one is the newest");
        assertFalse(Files.exists(backup.folder().resolve("quality-desk-20200102-023000.zip")), "the oldest went");

        // the restore of the admin guide: unzip into a database folder and open it
        Path restored = Files.createTempDirectory("qd-restore");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.copy(in, restored.resolve(entry.getName()));
            }
        }
        long live;
        try (Connection c = dataSource.getConnection();
                var q = c.createStatement();
                var rows = q.executeQuery("select count(*) from account")) {
            rows.next();
            live = rows.getLong(1);
        }
        try (Connection c = java.sql.DriverManager.getConnection(
                        "jdbc:h2:file:" + restored.resolve("quality-desk") + ";MODE=LEGACY;IFEXISTS=TRUE",
                        "qualitydesk",
                        "qualitydesk");
                var q = c.createStatement();
                var rows = q.executeQuery("select count(*) from account")) {
            rows.next();
            assertEquals(live, rows.getLong(1), "the restored database holds the same accounts");
        }
    }

    @Test
    void batchJobsAreRecordedInTheApplicationsOwnDatabase() throws Exception {
        JobOperator jobs = BatchRuntime.getJobOperator();
        long execution = jobs.start("repository-check", new Properties());
        BatchStatus status = jobs.getJobExecution(execution).getBatchStatus();
        for (int i = 0; i < 300 && (status == BatchStatus.STARTING || status == BatchStatus.STARTED); i++) {
            Thread.sleep(100);
            status = jobs.getJobExecution(execution).getBatchStatus();
        }
        assertEquals(BatchStatus.COMPLETED, status);

        try (Connection c = dataSource.getConnection();
                PreparedStatement q =
                        c.prepareStatement("select batchstatus from jbatchEXECUTIONINSTANCEDATA where jobexecid = ?")) {
            q.setLong(1, execution);
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next(), "the job execution is stored in the application's database");
                assertEquals("COMPLETED", row.getString(1));
            }
        }
    }

    private static Throwable rootCause(Throwable e, Class<? extends Throwable> wanted) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (wanted.isInstance(t)) {
                return t;
            }
            if (t instanceof EJBException ejb && wanted.isInstance(ejb.getCausedByException())) {
                return ejb.getCausedByException();
            }
        }
        return e;
    }

    private static String describe(List<AuditEntry> history) {
        return history.stream()
                .map(e -> e.getChangedBy() + " " + e.getAction() + " " + e.getField() + ": " + e.getOldValue() + " -> "
                        + e.getNewValue())
                .toList()
                .toString();
    }
}
