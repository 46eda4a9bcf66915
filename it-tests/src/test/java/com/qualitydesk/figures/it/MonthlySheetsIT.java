package com.qualitydesk.figures.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.audit.AuditEntry;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.customer.Customers;
import com.qualitydesk.customer.Deliveries;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.customer.Product;
import com.qualitydesk.customer.Products;
import com.qualitydesk.feedback.QualityCosts;
import com.qualitydesk.figures.FigureKey;
import com.qualitydesk.figures.FigureSource;
import com.qualitydesk.figures.MonthlySheet;
import com.qualitydesk.figures.MonthlySheets;
import com.qualitydesk.figures.SheetAcceptance;
import com.qualitydesk.figures.SheetCorrection;
import com.qualitydesk.figures.SheetDepartment;
import com.qualitydesk.figures.SheetFigure;
import com.qualitydesk.figures.SheetFigures;
import com.qualitydesk.figures.SheetFilling;
import com.qualitydesk.figures.SheetImport;
import com.qualitydesk.figures.SheetStatus;
import com.qualitydesk.figures.SheetSubmission;
import com.qualitydesk.figures.SubmissionDeadline;
import com.qualitydesk.figures.SubmissionSteps;
import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.security.Accounts;
import com.qualitydesk.security.Department;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.task.Inbox;
import com.qualitydesk.task.InboxFilter;
import com.qualitydesk.task.InboxRow;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * CS-09 monthly operating sheets in the real WAR: the figures the records know are filled in, the
 * department enters the rest, submits, SALES accepts, the sheet is frozen and changes only by an
 * audited correction with a reason; each department keeps only its own sheet; a bad file is
 * refused line by line with nothing stored; the submission step waits in the inbox on the working
 * calendar; the REST API gives the sheet. Each test takes a month of its own, before the demo's
 * two years, so the company's other records do not count in it.
 */
@ExtendWith(ArquillianExtension.class)
class MonthlySheetsIT {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final String PASSWORD = "monthly-sheets-secret";

    @Deployment
    static WebArchive deployment() throws Exception {
        var war = RealWar.withTestsInsideAndDepartmentGroups(Departments.class, MonthlySheetsIT.class);
        // PDFBox reads the produced PDFs there, as a person would read them
        for (Class<?> c : List.of(
                org.apache.pdfbox.Loader.class,
                org.apache.pdfbox.io.RandomAccessRead.class,
                org.apache.fontbox.ttf.TrueTypeFont.class,
                org.apache.commons.logging.LogFactory.class)) {
            war.addAsLibrary(com.qualitydesk.it.support.MailServer.jarOf(c));
        }
        return war;
    }

    /** A month nobody's sheet is of yet (the demo's two years are recent; the tests take older ones). */
    @Stateless
    @PermitAll
    public static class FreeMonths {
        @PersistenceContext
        EntityManager em;

        private final Random random = new Random();

        public YearMonth take() {
            YearMonth month = YearMonth.of(1995 + random.nextInt(25), 1 + random.nextInt(12));
            while (em.createQuery("select count(s) from MonthlySheet s where s.monthStart = :m", Long.class)
                            .setParameter("m", month.atDay(1))
                            .getSingleResult()
                    > 0) {
                month = month.plusMonths(1);
            }
            return month;
        }
    }

    @Inject
    FreeMonths months;

    @Inject
    Departments as;

    @Inject
    MonthlySheets sheets;

    @Inject
    SheetFilling filling;

    @Inject
    SheetImport imports;

    @Inject
    SheetSubmission submission;

    @Inject
    SheetAcceptance acceptance;

    @Inject
    SheetCorrection correction;

    @Inject
    SheetFigures figures;

    @Inject
    SubmissionSteps steps;

    @Inject
    Inbox inbox;

    @Inject
    AuditTrail audit;

    @Inject
    Products products;

    @Inject
    Customers customers;

    @Inject
    Deliveries deliveries;

    @Inject
    QualityCosts qualityCosts;

    @Inject
    WorkingCalendars calendars;

    @Inject
    ProcedureSettings settings;

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest runnerRequest;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    // --- filled from records, entered, submitted, accepted, frozen, corrected

    @Test
    void salesDeliveriesAreFilledInFromRecordsAndFrozenAtSubmission_CS09() throws Exception {
        YearMonth month = months.take();
        String family = "IT family " + UUID.randomUUID().toString().substring(0, 8);
        Product product = product(family);
        // three lots shipped in the month, one after its promised date
        delivery(product, month.atDay(3), month.atDay(5));
        delivery(product, month.atDay(10), month.atDay(10));
        delivery(product, month.atDay(20), month.atDay(15));

        MonthlySheet opened = as.sales(() -> filling.open(SheetDepartment.SALES, month));
        assertEquals(SheetStatus.NOT_STARTED, opened.getStatus());
        assertNumber("3", opened.valueOf(SheetFigure.SALES_DELIVERIES, family));
        assertNumber("2", opened.valueOf(SheetFigure.SALES_DELIVERIES_ON_TIME, family));
        assertNumber("66.67", opened.valueOf(SheetFigure.SALES_ON_TIME_SHARE, family));
        assertTrue(
                opened.value(FigureKey.ofFamily(SheetFigure.SALES_DELIVERIES, family))
                        .orElseThrow()
                        .isFromRecords(),
                "marked as counted from the records");

        var entered = as.sales(() -> filling.enter(
                SheetDepartment.SALES,
                month,
                opened.getVersion(),
                Map.of(FigureKey.of(SheetFigure.SALES_PRODUCTION_INTERRUPTIONS), BigDecimal.ONE),
                "One line stop at a customer."));
        assertEquals(SheetStatus.DRAFT, entered.getStatus());
        MonthlySheet submitted =
                as.sales(() -> submission.submit(SheetDepartment.SALES, month, current(SheetDepartment.SALES, month)));
        assertEquals(SheetStatus.SUBMITTED, submitted.getStatus());
        assertEquals("it-SALES", submitted.getSubmittedBy());
        assertTrue(submitted.isSubmittedLate(), "a sheet of a long past month comes after its deadline");

        // a lot imported after the submission does not change the submitted sheet
        delivery(product, month.atDay(25), month.atDay(25));
        MonthlySheet reopened = as.sales(() -> filling.open(SheetDepartment.SALES, month));
        assertNumber("3", reopened.valueOf(SheetFigure.SALES_DELIVERIES, family));
        assertEquals(
                0,
                BigDecimal.valueOf(3)
                        .compareTo(figures.valueOf(SheetFigure.SALES_DELIVERIES, month, family)
                                .orElseThrow()),
                "the indicators read the submitted count");
        assertEquals(
                "monthlySheet.frozen.submitted",
                refusal(() -> as.sales(() -> filling.enter(
                        SheetDepartment.SALES,
                        month,
                        current(SheetDepartment.SALES, month),
                        Map.of(FigureKey.of(SheetFigure.SALES_PRODUCTION_INTERRUPTIONS), BigDecimal.TEN),
                        null))));
    }

    @Test
    void qualitySubmitsSalesAcceptsAndOnlyACorrectionWithAReasonChangesTheSheetAudited_CS09() throws Exception {
        YearMonth month = months.take();
        var lots = new LinkedHashMap<FigureKey, BigDecimal>();
        lots.put(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_INSPECTED, "Valves"), BigDecimal.valueOf(50));
        lots.put(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_PASSED, "Valves"), BigDecimal.valueOf(48));
        lots.put(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_INSPECTED, "Seals"), BigDecimal.valueOf(0));
        lots.put(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_PASSED, "Seals"), BigDecimal.valueOf(0));
        MonthlySheet opened = as.quality(() -> filling.open(SheetDepartment.QUALITY, month));
        as.quality(() -> filling.enter(SheetDepartment.QUALITY, month, opened.getVersion(), lots, null));

        // no lot inspected is no pass rate, not 0 % and not an error
        assertTrue(
                figures.valueOf(SheetFigure.QUALITY_PASS_RATE, month, "Seals").isEmpty());
        assertNumber("96.00", figures.valueOf(SheetFigure.QUALITY_PASS_RATE, month));
        assertNumber("50", figures.valueOf(SheetFigure.QUALITY_LOTS_INSPECTED, month));

        assertEquals(
                "monthlySheet.accept.notSubmitted",
                refusal(() -> as.sales(() ->
                        acceptance.accept(SheetDepartment.QUALITY, month, current(SheetDepartment.QUALITY, month)))));
        as.quality(() -> submission.submit(SheetDepartment.QUALITY, month, current(SheetDepartment.QUALITY, month)));
        MonthlySheet accepted = as.sales(
                () -> acceptance.accept(SheetDepartment.QUALITY, month, current(SheetDepartment.QUALITY, month)));
        assertEquals(SheetStatus.ACCEPTED, accepted.getStatus());
        assertEquals("it-SALES", accepted.getAcceptedBy());

        // frozen: entering and importing are refused; a correction needs its reason
        var passed = FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_PASSED, "Valves");
        assertEquals(
                "monthlySheet.frozen.accepted",
                refusal(() -> as.quality(() -> filling.enter(
                        SheetDepartment.QUALITY,
                        month,
                        current(SheetDepartment.QUALITY, month),
                        Map.of(passed, BigDecimal.valueOf(40)),
                        null))));
        assertEquals(
                "monthlySheet.correct.reason.required",
                refusal(() -> as.quality(() -> correction.correct(
                        SheetDepartment.QUALITY,
                        month,
                        current(SheetDepartment.QUALITY, month),
                        passed,
                        BigDecimal.valueOf(47),
                        "  "))));
        MonthlySheet corrected = as.quality(() -> correction.correct(
                SheetDepartment.QUALITY,
                month,
                current(SheetDepartment.QUALITY, month),
                passed,
                BigDecimal.valueOf(47),
                "One lot failed the customer's incoming inspection and was re-judged."));
        assertEquals(SheetStatus.ACCEPTED, corrected.getStatus());
        assertEquals(
                FigureSource.CORRECTED, corrected.value(passed).orElseThrow().getSource());
        assertNumber("94.00", figures.valueOf(SheetFigure.QUALITY_PASS_RATE, month));

        List<AuditEntry> history = as.generalManager(
                        () -> audit.history("MonthlySheet", corrected.getId(), PageRequest.of(0, 100)))
                .rows();
        assertTrue(
                history.stream()
                        .anyMatch(e -> "CHANGED".equals(e.getAction())
                                && "QUALITY_LOTS_PASSED".equals(e.getField())
                                && e.getOldValue().contains("Valves: 48")
                                && e.getNewValue().contains("Valves: 47")),
                "the correction's old and new value: "
                        + history.stream()
                                .map(e -> e.getAction() + " " + e.getField() + " " + e.getOldValue() + " → "
                                        + e.getNewValue())
                                .toList());
        assertTrue(history.stream()
                .anyMatch(e -> SheetCorrection.CORRECTED.equals(e.getAction())
                        && e.getNewValue().startsWith("One lot failed")
                        && "it-QUALITY".equals(e.getChangedBy())));
        assertTrue(history.stream()
                .anyMatch(e -> "status".equals(e.getField())
                        && "ACCEPTED".equals(e.getNewValue())
                        && "it-SALES".equals(e.getChangedBy())));
    }

    // --- who keeps which sheet

    @Test
    void eachDepartmentKeepsOnlyItsOwnSheetSalesAloneAcceptsAndServiceReadsNone_CS09() throws Exception {
        YearMonth month = months.take();
        var profit = Map.of(FigureKey.of(SheetFigure.FINANCE_PROFIT), new BigDecimal("120000.00"));
        // PRODUCTION cannot open, enter, import, submit or correct FINANCE's sheet
        assertEquals(
                "monthlySheet.otherDepartment",
                refusal(() -> as.production(() -> filling.open(SheetDepartment.FINANCE, month))));
        MonthlySheet finance = as.finance(() -> filling.open(SheetDepartment.FINANCE, month));
        assertEquals(
                "monthlySheet.otherDepartment",
                refusal(() -> as.production(
                        () -> filling.enter(SheetDepartment.FINANCE, month, finance.getVersion(), profit, null))));
        byte[] file = ("date,operating_cost,excess_freight,profit\n" + month.atDay(28) + ",1,1,1\n")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(
                "monthlySheet.otherDepartment",
                refusal(() -> as.production(() -> imports.importFile(SheetDepartment.FINANCE, month, "f.csv", file))));
        assertEquals(
                "monthlySheet.otherDepartment",
                refusal(() ->
                        as.production(() -> submission.submit(SheetDepartment.FINANCE, month, finance.getVersion()))));
        assertTrue(rootIs(
                assertThrows(Exception.class, () -> as.technical(() -> filling.open(SheetDepartment.SALES, month))),
                EJBAccessException.class));
        assertTrue(
                as.sales(() -> sheets.find(SheetDepartment.FINANCE, month)).orElseThrow().getValues().stream()
                        .noneMatch(v -> v.getFigure() == SheetFigure.FINANCE_PROFIT),
                "nothing of PRODUCTION's was stored");

        // ADMIN may keep it: the quality cost is the ledger's, the rest entered
        var all = new LinkedHashMap<FigureKey, BigDecimal>();
        all.put(FigureKey.of(SheetFigure.FINANCE_OPERATING_COST), new BigDecimal("3500000.00"));
        all.put(FigureKey.of(SheetFigure.FINANCE_EXCESS_FREIGHT), new BigDecimal("12000.50"));
        all.put(FigureKey.of(SheetFigure.FINANCE_PROFIT), new BigDecimal("-8000.00"));
        MonthlySheet byAdmin = as.admin(() ->
                filling.enter(SheetDepartment.FINANCE, month, current(SheetDepartment.FINANCE, month), all, null));
        BigDecimal ledger =
                as.finance(() -> qualityCosts.totalOf(month)).getOrDefault(SheetFigure.CURRENCY, BigDecimal.ZERO);
        assertEquals(
                0,
                ledger.compareTo(
                        byAdmin.valueOf(SheetFigure.FINANCE_QUALITY_COST).orElseThrow()));
        as.finance(() -> submission.submit(SheetDepartment.FINANCE, month, current(SheetDepartment.FINANCE, month)));

        // only SALES accepts; SERVICE reads no sheet
        assertTrue(rootIs(
                assertThrows(
                        Exception.class,
                        () -> as.quality(() -> acceptance.accept(
                                SheetDepartment.FINANCE, month, current(SheetDepartment.FINANCE, month)))),
                EJBAccessException.class));
        assertTrue(rootIs(
                assertThrows(Exception.class, () -> as.service(() -> sheets.find(SheetDepartment.FINANCE, month))),
                EJBAccessException.class));
        assertEquals(
                SheetStatus.ACCEPTED,
                as.sales(() -> acceptance.accept(
                                SheetDepartment.FINANCE, month, current(SheetDepartment.FINANCE, month)))
                        .getStatus());
        assertEquals(
                0,
                new BigDecimal("-8000")
                        .compareTo(as.production(() -> sheets.find(SheetDepartment.FINANCE, month))
                                .orElseThrow()
                                .valueOf(SheetFigure.FINANCE_PROFIT)
                                .orElseThrow()),
                "every department but SERVICE reads it");
    }

    // --- the import: all or nothing

    @Test
    void aBadFileIsRefusedLineByLineWithNothingStoredAndAnAcceptedMonthTakesNoFile_CS09() throws Exception {
        YearMonth month = months.take();
        String bad = "date,product_family,lots_inspected,lots_passed\n"
                + month.atDay(2) + ",Valves,20,20\n"
                + month.atDay(3) + ",Valves,twelve,10\n"
                + month.plusMonths(1).atDay(1) + ",Valves,5,5\n"
                + month.atDay(4) + ",Pumps,-1,0\n"
                + month.atDay(5) + ",Pumps,8,9\n";
        var refused = as.quality(() ->
                imports.importFile(SheetDepartment.QUALITY, month, "lots.csv", bad.getBytes(StandardCharsets.UTF_8)));
        assertFalse(refused.imported());
        assertEquals(
                List.of(
                        "3 lots_inspected monthlySheet.import.number",
                        "4 date monthlySheet.import.outsideMonth",
                        "5 lots_inspected monthlySheet.import.negative",
                        "6 lots_passed monthlySheet.import.passedAboveInspected"),
                refused.problems().stream()
                        .map(p -> p.line() + " " + p.column() + " " + p.reason())
                        .toList());
        MonthlySheet untouched =
                as.quality(() -> sheets.find(SheetDepartment.QUALITY, month)).orElseThrow();
        assertTrue(untouched.getValues().isEmpty(), "not even the good line was stored");
        assertEquals(SheetStatus.NOT_STARTED, untouched.getStatus());
        assertTrue(figures.valueOf(SheetFigure.QUALITY_LOTS_INSPECTED, month).isEmpty());

        String good = "date,product_family,lots_inspected,lots_passed\n"
                + month.atDay(2) + ",Valves,20,20\n"
                + month.atDay(9) + ",Valves,22,21\n"
                + month.atDay(5) + ",Pumps,8,6\n";
        var report = as.quality(() ->
                imports.importFile(SheetDepartment.QUALITY, month, "lots.csv", good.getBytes(StandardCharsets.UTF_8)));
        assertTrue(report.imported(), () -> report.problems().toString());
        assertEquals(3, report.lines());
        assertNumber("42", figures.valueOf(SheetFigure.QUALITY_LOTS_INSPECTED, month, "Valves"));
        // 47 of 50 lots passed: below the 98 % objective
        assertNumber("94.00", figures.valueOf(SheetFigure.QUALITY_PASS_RATE, month));
        assertTrue(
                as
                        .quality(() -> audit.history("MonthlySheet", untouched.getId(), PageRequest.of(0, 50)))
                        .rows()
                        .stream()
                        .anyMatch(e -> SheetImport.IMPORTED.equals(e.getAction())
                                && e.getNewValue().startsWith("lots.csv")));

        as.quality(() -> submission.submit(SheetDepartment.QUALITY, month, current(SheetDepartment.QUALITY, month)));
        as.sales(() -> acceptance.accept(SheetDepartment.QUALITY, month, current(SheetDepartment.QUALITY, month)));
        var again = as.quality(() -> imports.importFile(
                SheetDepartment.QUALITY,
                month,
                "lots.csv",
                good.replace(",6\n", ",8\n").getBytes(StandardCharsets.UTF_8)));
        assertFalse(again.imported());
        assertEquals("monthlySheet.import.accepted", again.problems().get(0).reason());
        assertNumber("94.00", figures.valueOf(SheetFigure.QUALITY_PASS_RATE, month));
    }

    // --- the submission step in the inbox

    @Test
    void theSubmissionStepIsDueOnTheWorkingDayOfTheNextMonthAndDoneBySubmission_CS09() throws Exception {
        YearMonth month = months.take();
        Instant inTheNextMonth = month.plusMonths(1)
                .atDay(15)
                .atTime(9, 0)
                .atZone(calendars.current().zone())
                .toInstant();
        assertEquals(4, steps.openDue(inTheNextMonth), "a step for each of the four departments");
        assertEquals(0, steps.openDue(inTheNextMonth), "run again, nothing twice");

        Instant due = new SubmissionDeadline(
                        calendars.current(), settings.value(ProcedureParameter.CS09_SUBMISSION_WORKING_DAY))
                .of(month);
        InboxRow row = as
                .quality(() -> inbox.page(inbox.mine().narrowed(TaskKind.MONTHLY_SHEET, month.toString(), false), 0, 10)
                        .rows())
                .stream()
                .filter(r -> r.task().getDepartment() == Department.QUALITY)
                .findFirst()
                .orElseThrow(() -> new AssertionError("QUALITY's step for " + month));
        Task step = row.task();
        assertEquals(due, step.getDueAt());
        assertEquals(
                month.plusMonths(1)
                        .atDay(1)
                        .atStartOfDay(calendars.current().zone())
                        .toInstant(),
                step.getStartAt());
        assertEquals(com.qualitydesk.task.DueState.OVERDUE, row.state(), "a month long past is overdue");
        assertTrue(as
                .finance(() -> inbox.page(
                                InboxFilter.of(EnumSet.of(Department.FINANCE), null)
                                        .narrowed(TaskKind.MONTHLY_SHEET, month.toString(), false),
                                0,
                                10)
                        .rows())
                .stream()
                .anyMatch(r -> r.task().getDepartment() == Department.FINANCE));

        var lots = Map.of(
                FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_INSPECTED, "Seals"), BigDecimal.TEN,
                FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_PASSED, "Seals"), BigDecimal.TEN);
        as.quality(() ->
                filling.enter(SheetDepartment.QUALITY, month, current(SheetDepartment.QUALITY, month), lots, null));
        MonthlySheet submitted = as.quality(
                () -> submission.submit(SheetDepartment.QUALITY, month, current(SheetDepartment.QUALITY, month)));
        assertEquals(due, submitted.getDueAt());
        assertTrue(
                as
                        .quality(() -> inbox.page(
                                        inbox.mine().narrowed(TaskKind.MONTHLY_SHEET, month.toString(), false), 0, 10)
                                .rows())
                        .stream()
                        .noneMatch(r -> r.task().getDepartment() == Department.QUALITY),
                "the submitted sheet's step is done");
    }

    // --- the REST API

    @Test
    void theApiGivesASheetWithItsFiguresAndRefusesABadDepartmentOrMonth_CS09() throws Exception {
        YearMonth month = months.take();
        var lots = new LinkedHashMap<FigureKey, BigDecimal>();
        lots.put(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_INSPECTED, "Pumps"), BigDecimal.valueOf(40));
        lots.put(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_PASSED, "Pumps"), BigDecimal.valueOf(39));
        MonthlySheet opened = as.quality(() -> filling.open(SheetDepartment.QUALITY, month));
        as.quality(() -> filling.enter(SheetDepartment.QUALITY, month, opened.getVersion(), lots, "API"));
        as.quality(() -> submission.submit(SheetDepartment.QUALITY, month, current(SheetDepartment.QUALITY, month)));

        String reader = account(EnumSet.of(Department.FINANCE));
        var answer = get(reader, "/api/figures/sheets/QUALITY/" + month, "en");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject sheet = json(answer.body());
        assertEquals("QUALITY", sheet.getString("department"));
        assertEquals(month.toString(), sheet.getString("month"));
        assertEquals("SUBMITTED", sheet.getString("status"));
        assertEquals("it-QUALITY", sheet.getString("submittedBy"));
        assertTrue(sheet.getBoolean("late"));
        var passed = sheet.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("key").equals("QUALITY_LOTS_PASSED"))
                .findFirst()
                .orElseThrow();
        assertEquals(39, passed.getJsonNumber("value").intValue());
        assertEquals("COUNT", passed.getString("unit"));
        assertEquals("ENTERED", passed.getString("source"));
        assertEquals("Pumps", passed.getString("productFamily"));
        var rate = sheet.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("key").equals("QUALITY_PASS_RATE") && !f.containsKey("productFamily"))
                .findFirst()
                .orElseThrow();
        assertEquals(97.5, rate.getJsonNumber("value").doubleValue(), 1e-9);
        assertEquals("COMPUTED", rate.getString("source"));
        assertFalse(answer.body().contains("NaN"));

        // a month nobody opened: not started, no figures
        YearMonth empty = months.take();
        JsonObject none = json(
                get(reader, "/api/figures/sheets/PRODUCTION/" + empty, "en").body());
        assertEquals("NOT_STARTED", none.getString("status"));
        assertTrue(none.getJsonArray("figures").isEmpty());

        JsonObject department = problem(get(reader, "/api/figures/sheets/SERVICE/" + month, "zh-CN"), 400);
        assertEquals("department", department.getString("parameter"));
        assertTrue(HAN.matcher(department.getString("detail")).find(), department.toString());
        JsonObject badMonth = problem(get(reader, "/api/figures/sheets/QUALITY/2026-13", "en"), 400);
        assertEquals("month", badMonth.getString("parameter"));
        problem(get(reader, "/api/figures/sheets/QUALITY/" + YearMonth.now().plusMonths(2), "en"), 404);
        problem(get(account(EnumSet.of(Department.SERVICE)), "/api/figures/sheets/QUALITY/" + month, "en"), 403);
    }

    @Test
    void failedLotsByDefectComeFromTheFileStayWithinTheFailuresAndReachTheApiAndBothPdfs_CS09() throws Exception {
        YearMonth month = months.take();
        String file = "date,product_family,lots_inspected,lots_passed,defect\n"
                + month.atDay(2) + ",Valves,20,17,Porosity\n"
                + month.atDay(3) + ",Pumps,10,9,Burrs\n"
                + month.atDay(4) + ",Valves,12,11,\n";
        var report = as.quality(() ->
                imports.importFile(SheetDepartment.QUALITY, month, "lots.csv", file.getBytes(StandardCharsets.UTF_8)));
        assertTrue(report.imported(), () -> report.problems().toString());
        MonthlySheet sheet =
                as.quality(() -> sheets.find(SheetDepartment.QUALITY, month)).orElseThrow();
        // 5 lots failed: 3 porosity, 1 burrs, 1 nobody named
        assertEquals(
                List.of("Porosity 3 60.00", "Burrs 1 80.00", " 1 100.00"),
                sheet.defects().bars().stream()
                        .map(b ->
                                b.defect() + " " + b.lots().stripTrailingZeros().toPlainString() + " " + b.cumulative())
                        .toList());

        // more lots named than failed: refused by the service, nothing changed
        assertEquals(
                "monthlySheet.failedAboveFailing",
                refusal(() -> as.quality(() -> filling.enter(
                        SheetDepartment.QUALITY,
                        month,
                        current(SheetDepartment.QUALITY, month),
                        Map.of(FigureKey.ofDefect("Burrs"), BigDecimal.valueOf(3)),
                        null))));
        assertNumber(
                "4",
                as.quality(() -> sheets.find(SheetDepartment.QUALITY, month))
                        .orElseThrow()
                        .valueOf(SheetFigure.QUALITY_FAILED_LOTS));

        String reader = account(EnumSet.of(Department.GENERAL_MANAGER));
        JsonObject json =
                json(get(reader, "/api/figures/sheets/QUALITY/" + month, "en").body());
        var porosity = json.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("key").equals("QUALITY_FAILED_LOTS"))
                .filter(f -> "Porosity".equals(f.getString("defect", null)))
                .findFirst()
                .orElseThrow();
        assertEquals(3, porosity.getJsonNumber("value").intValue());

        var english = pdf(reader, "/api/figures/sheets/QUALITY/" + month + "/document?language=en");
        assertTrue(english.contains("Failed lots by main defect"), english);
        assertTrue(english.contains("Porosity") && english.contains("not named"), english);
        var chinese = pdf(reader, "/api/figures/sheets/QUALITY/" + month + "/document?language=zh_CN");
        assertTrue(chinese.contains("不合格批按主要缺陷"), chinese);
        var company = pdf(reader, "/api/figures/reports/" + month + "?language=en");
        assertTrue(company.contains("Monthly operating figures of the company"), company);
        assertTrue(company.contains("Product pass rate"), "the objectives of the month: " + company);
        assertTrue(company.contains("Quality · Failed lots by main defect"), company);
        assertTrue(company.contains("Nobody has opened this sheet"), "Production's sheet is not started: " + company);
        assertTrue(
                pdf(reader, "/api/figures/reports/" + month + "?language=zh_CN").contains("公司月度经营数据"));

        JsonObject language = problem(get(reader, "/api/figures/reports/" + month + "?language=fr", "zh-CN"), 400);
        assertEquals("language", language.getString("parameter"));
        problem(get(reader, "/api/figures/sheets/FINANCE/" + month + "/document", "en"), 404);
    }

    // --- support

    /** A PDF the API answers, as the text a person reads in it. */
    private String pdf(String username, String path) throws Exception {
        var request =
                request(username, path).header("Accept", "application/pdf").build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        try (var document = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    /** A figure as a person reads it: the number, whatever its stored scale. */
    private static void assertNumber(String expected, java.util.Optional<BigDecimal> actual) {
        assertTrue(actual.isPresent(), "a value, not no data");
        assertEquals(0, new BigDecimal(expected).compareTo(actual.get()), expected + " but was " + actual.get());
    }

    private long current(SheetDepartment department, YearMonth month) throws Exception {
        return as.generalManager(() -> sheets.find(department, month))
                .orElseThrow()
                .getVersion();
    }

    private Product product(String family) throws Exception {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        return as.quality(() -> products.save(new Product(code, "Sheet test " + code, family, false)));
    }

    private void delivery(Product product, LocalDate shipped, LocalDate promised) throws Exception {
        var customer = as.sales(() -> customers.findByCode("C1001")).orElseThrow();
        var d = new Delivery(
                customer, product, "LOT-" + UUID.randomUUID().toString().substring(0, 8), 100, shipped);
        d.setPromisedDate(promised);
        as.sales(() -> deliveries.save(d));
    }

    private String account(Set<Department> departments) throws Exception {
        String username = "ms-" + UUID.randomUUID().toString().substring(0, 8);
        as.admin(() -> accounts.create(username, "Sheets " + departments, null, departments, PASSWORD.toCharArray()));
        return username;
    }

    private HttpResponse<String> get(String username, String path, String language) throws Exception {
        return http.send(
                request(username, path).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String username, String path) {
        return HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + path))
                .timeout(Duration.ofSeconds(60))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET();
    }

    private static JsonObject problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().map().toString());
        assertFalse(response.body().contains("Exception"), response.body());
        return json(response.body());
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String refusal(Executable call) {
        Throwable e = assertThrows(Throwable.class, call);
        Throwable cause = e;
        while (cause != null && !(cause instanceof RuleViolation)) {
            cause = cause.getCause();
        }
        assertNotNull(cause, () -> "refused by a rule, not " + e);
        return ((RuleViolation) cause).getMessageKey();
    }

    private static boolean rootIs(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
