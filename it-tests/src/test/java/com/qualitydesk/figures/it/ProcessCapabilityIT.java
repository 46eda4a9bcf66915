package com.qualitydesk.figures.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.audit.AuditEntry;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.figures.CapabilityStatus;
import com.qualitydesk.figures.CapabilityStudy;
import com.qualitydesk.figures.Characteristic;
import com.qualitydesk.figures.Characteristics;
import com.qualitydesk.figures.MeasurementImport;
import com.qualitydesk.figures.ProcessCapability;
import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.it.support.SettingChanges;
import com.qualitydesk.security.Accounts;
import com.qualitydesk.security.Department;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CS-09 process capability in the real WAR: PRODUCTION keeps a characteristic, imports its
 * gauge's file (all or nothing, each subgroup once), and every department reads Cp/Cpk over a
 * period, with the light of the procedure's thresholds.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessCapabilityIT {

    /** A month of the past, whatever day the test runs. */
    private static final LocalDate MONTH = LocalDate.now().minusMonths(2).withDayOfMonth(1);

    @Deployment
    static WebArchive deployment() throws Exception {
        return RealWar.withTestsInsideAndDepartmentGroups(Departments.class);
    }

    @Inject
    Departments as;

    @Inject
    SettingChanges changes;

    @Inject
    Characteristics characteristics;

    @Inject
    MeasurementImport measurements;

    @Inject
    ProcessCapability capability;

    @Inject
    AuditTrail audit;

    @Inject
    com.qualitydesk.action.CorrectiveActions actions;

    @Inject
    com.qualitydesk.settings.ProcedureSettings settings;

    @Inject
    com.qualitydesk.calendar.WorkingCalendars calendars;

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest runnerRequest;

    private static final String PASSWORD = "capability-secret";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    private Characteristic bore;

    @BeforeEach
    void aBoreDiameterOfItsOwn() throws Exception {
        var c = new Characteristic(
                "Workshop " + UUID.randomUUID().toString().substring(0, 8), "Grinding", "Bore diameter", 5);
        c.setUnit("mm");
        c.setLowerLimit(9.95);
        c.setUpperLimit(10.05);
        c.setTarget(10.0);
        bore = as.production(() -> characteristics.save(c));
    }

    /** 30 subgroups of 5, one an hour from the first day of the month, drifting up by 0.001 each. */
    private static List<double[]> subgroups() {
        var random = new Random(42);
        var all = new ArrayList<double[]>();
        for (int s = 0; s < 30; s++) {
            double[] group = new double[5];
            for (int i = 0; i < 5; i++) {
                group[i] = Math.round((10.0 + 0.001 * s + random.nextGaussian() * 0.008) * 10000) / 10000.0;
            }
            all.add(group);
        }
        return all;
    }

    private static byte[] file(List<double[]> subgroups, int firstSubgroup, LocalDateTime start) {
        var csv = new StringBuilder("time,subgroup,value\n");
        for (int s = 0; s < subgroups.size(); s++) {
            for (double v : subgroups.get(s)) {
                csv.append(start.plusHours(s))
                        .append(',')
                        .append(firstSubgroup + s)
                        .append(',')
                        .append(v)
                        .append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aProcessActionIsItsWorkshopsAndPassesOnlyWithACapableCpkSinceCompletion_IM01_IM02_CS09() throws Exception {
        var zone = calendars.current().zone();
        LocalDateTime now = LocalDateTime.now(zone);
        // the quarter before: a wide spread, Cpk far below 1
        var random = new Random(11);
        var wide = new ArrayList<double[]>();
        for (int s = 0; s < 30; s++) {
            double[] group = new double[5];
            for (int i = 0; i < 5; i++) {
                group[i] = Math.round((10.0 + random.nextGaussian() * 0.03) * 10000) / 10000.0;
            }
            wide.add(group);
        }
        assertTrue(as.production(() -> measurements.importFile(bore.getId(), file(wide, 1, now.minusDays(40))))
                .imported());

        var action = as.quality(() -> actions.open(new com.qualitydesk.action.NewAction(
                com.qualitydesk.action.ActionSource.MONTHLY_FIGURES,
                bore.getId(),
                "Bore diameter",
                com.qualitydesk.action.ActionKind.IMPROVEMENT,
                "Regrind the spindle bearings of the grinding machine",
                com.qualitydesk.security.Department.PRODUCTION,
                null,
                LocalDate.now(zone).plusDays(14),
                null,
                bore.getId())));
        assertEquals(bore.getWorkshop(), action.getOwnerUnit(), "IM-02: the workshop improves its own process");
        int window = settings.value(com.qualitydesk.settings.ProcedureParameter.CF10_VERIFICATION_WINDOW_DAYS);
        changes.set(com.qualitydesk.settings.ProcedureParameter.CF10_VERIFICATION_WINDOW_DAYS, 0);
        try {
            as.production(() -> actions.complete(action.getId(), "Bearings replaced, work order WO-311"));
            var none = as.quality(() -> actions.figure(action.getId(), null));
            assertTrue(none.before() < 1.0, "Cpk before: " + none.before());
            assertEquals(null, none.after(), "nothing measured since completion");
            var refused = assertThrows(
                    Exception.class,
                    () -> as.quality(() -> actions.verify(
                            action.getId(), new com.qualitydesk.action.Verification(true, "Looks fine", null, null))));
            assertEquals("action.verification.noFigure.CAPABILITY", SettingChanges.ruleOf(refused));

            // since completion: a tight spread, today, before now
            var tight = new ArrayList<double[]>();
            for (int s = 0; s < 30; s++) {
                double[] group = new double[5];
                for (int i = 0; i < 5; i++) {
                    group[i] = Math.round((10.0 + random.nextGaussian() * 0.004) * 10000) / 10000.0;
                }
                tight.add(group);
            }
            LocalDateTime start = now.minusMinutes(2).minusSeconds(30).withNano(0);
            var csv = new StringBuilder("time,subgroup,value\n");
            for (int s = 0; s < tight.size(); s++) {
                for (double v : tight.get(s)) {
                    csv.append(start.plusSeconds(s))
                            .append(',')
                            .append(31 + s)
                            .append(',')
                            .append(v)
                            .append('\n');
                }
            }
            assertTrue(as.production(() ->
                            measurements.importFile(bore.getId(), csv.toString().getBytes(StandardCharsets.UTF_8)))
                    .imported());
            var verified = as.quality(() -> actions.verify(
                    action.getId(),
                    new com.qualitydesk.action.Verification(true, "Cpk capable since the bearings", null, null)));
            assertEquals(com.qualitydesk.action.VerificationBasis.CAPABILITY, verified.getVerificationBasis());
            assertTrue(verified.getFigureBefore() < 1.0, verified.getFigureText());
            assertTrue(verified.getFigureAfter() >= 1.33, verified.getFigureText());
        } finally {
            changes.set(com.qualitydesk.settings.ProcedureParameter.CF10_VERIFICATION_WINDOW_DAYS, window);
        }
    }

    @Test
    void productionImportsAGaugesFileAndEveryoneReadsItsCapability_CS09() throws Exception {
        var data = subgroups();
        var report = as.production(() -> measurements.importFile(bore.getId(), file(data, 1, MONTH.atTime(6, 0))));
        assertTrue(report.imported(), () -> report.problems().toString());
        assertEquals(150, report.values());
        assertEquals(30, report.subgroups());

        var month = as.generalManager(
                () -> capability.of(bore.getId(), MONTH, MONTH.plusMonths(1).minusDays(1)));
        var expected = CapabilityStudy.of(bore.specification(), 5, data, 25);
        CapabilityStudy study = month.study();
        assertEquals(30, study.subgroups());
        assertEquals(150, study.values());
        assertEquals(expected.mean(), study.mean(), 1e-12);
        assertEquals(expected.sigmaWithin(), study.sigmaWithin(), 1e-12);
        assertEquals(expected.within().actual(), study.within().actual(), 1e-12, "Cpk");
        assertEquals(expected.overall().actual(), study.overall().actual(), 1e-12, "Ppk");
        assertFalse(study.tooFewData());
        assertEquals(
                CapabilityStatus.of(expected.within().actual(), 1.33, 1.0),
                month.status(),
                "the light of 1.33 and 1.00");
        assertNotNull(study.location());

        // the first day alone holds the first 18 hours' subgroups: too few data, shown, not hidden
        var firstDay = as.sales(() -> capability.of(bore.getId(), MONTH, MONTH));
        assertEquals(18, firstDay.study().subgroups());
        assertTrue(firstDay.study().tooFewData());
        var before = as.quality(() -> capability.of(bore.getId(), MONTH.minusMonths(1), MONTH.minusDays(1)));
        assertEquals(0, before.study().values());
        assertEquals(CapabilityStatus.NO_DATA, before.status());

        List<AuditEntry> history = as.production(
                        () -> audit.history("Characteristic", bore.getId(), PageRequest.of(0, 20)))
                .rows();
        assertTrue(
                history.stream()
                        .anyMatch(e -> "IMPORTED".equals(e.getAction())
                                && e.getNewValue() != null
                                && e.getNewValue().startsWith("150 values, 30 subgroups")),
                history.toString());
    }

    @Test
    void aFileIsTakenWholeOrNotAtAllAndEachSubgroupOnce_CS09() throws Exception {
        var data = subgroups().subList(0, 3);
        byte[] good = file(data, 1, MONTH.atTime(6, 0));
        assertTrue(
                as.production(() -> measurements.importFile(bore.getId(), good)).imported());

        // the same file again: its subgroups are stored already, nothing is added
        var again = as.production(() -> measurements.importFile(bore.getId(), good));
        assertFalse(again.imported());
        assertEquals(
                List.of(
                        "2 subgroup measurements.subgroup.stored",
                        "7 subgroup measurements.subgroup.stored",
                        "12 subgroup measurements.subgroup.stored"),
                again.problems().stream()
                        .map(p -> p.line() + " " + p.column() + " " + p.reason())
                        .toList());

        // a bad value among good ones: nothing of the file is stored
        String bad = new String(file(data, 4, MONTH.atTime(12, 0)), StandardCharsets.UTF_8)
                .replaceFirst("\n([^\n]*),[^,\n]*\n", "\n$1,ten\n");
        var refused = as.production(() -> measurements.importFile(bore.getId(), bad.getBytes(StandardCharsets.UTF_8)));
        assertFalse(refused.imported());
        assertEquals(
                "2 value measurements.value.invalid",
                refused.problems().get(0).line() + " "
                        + refused.problems().get(0).column() + " "
                        + refused.problems().get(0).reason());
        var stored = as.production(() -> capability.of(bore.getId(), MONTH, MONTH.plusDays(1)));
        assertEquals(3, stored.study().subgroups(), "only the first file's subgroups");
    }

    @Test
    void onlyProductionQualityAndAdminKeepCharacteristicsAndImport_CS09() throws Exception {
        var bySales = new Characteristic("Workshop 9", "Assembly", "Torque", 1);
        bySales.setUpperLimit(50.0);
        assertTrue(rootIs(
                assertThrows(Exception.class, () -> as.sales(() -> characteristics.save(bySales))),
                EJBAccessException.class));
        byte[] one =
                "time,subgroup,value\n2026-01-05T08:00,1,10\n2026-01-05T08:00,1,10\n2026-01-05T08:00,1,10\n2026-01-05T08:00,1,10\n2026-01-05T08:00,1,10\n"
                        .getBytes(StandardCharsets.UTF_8);
        assertTrue(rootIs(
                assertThrows(Exception.class, () -> as.finance(() -> measurements.importFile(bore.getId(), one))),
                EJBAccessException.class));
        assertNotNull(as.quality(() -> characteristics.find(bore.getId())).orElse(null));
    }

    @Test
    void limitsMustMakeASpecificationAndANameIsTakenOnce_CS09() throws Exception {
        var crossed = new Characteristic(bore.getWorkshop(), "Grinding", "Roundness", 5);
        crossed.setLowerLimit(2.0);
        crossed.setUpperLimit(1.0);
        assertEquals("figures.spec.order", refusal(() -> as.production(() -> characteristics.save(crossed))));
        var none = new Characteristic(bore.getWorkshop(), "Grinding", "Roughness", 5);
        assertEquals("figures.spec.noLimit", refusal(() -> as.production(() -> characteristics.save(none))));
        var twice = new Characteristic(bore.getWorkshop(), "Grinding", "Bore diameter", 5);
        twice.setUpperLimit(10.1);
        assertEquals("characteristic.duplicate", refusal(() -> as.quality(() -> characteristics.save(twice))));
        var oneSided = new Characteristic(bore.getWorkshop(), "Grinding", "Roughness Ra", 1);
        oneSided.setUpperLimit(0.8);
        assertNotNull(
                as.admin(() -> characteristics.save(oneSided)).getId(), "an upper limit alone is a specification");
    }

    // --- the REST API for gauges and BI tools

    @Test
    void aPlantCreatesACharacteristicPostsItsGaugesFileAndReadsTheCapability_CS09() throws Exception {
        String plant = account(EnumSet.of(Department.PRODUCTION));
        String workshop = "API " + UUID.randomUUID().toString().substring(0, 8);
        var created = send(
                plant,
                "POST",
                "/api/figures/characteristics",
                "application/json",
                "en",
                "{\"workshop\":\"" + workshop + "\",\"process\":\"Turning\",\"name\":\"Shaft diameter\","
                        + "\"unit\":\"mm\",\"lowerLimit\":24.9,\"upperLimit\":25.1,\"target\":25.0,\"subgroupSize\":5}");
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created.body()).getJsonNumber("id").longValue();

        // the same process as above, around 25 mm
        var data = subgroups().stream()
                .map(g -> java.util.Arrays.stream(g)
                        .map(v -> Math.round((v + 15) * 10000) / 10000.0)
                        .toArray())
                .toList();
        String csv = new String(file(data, 1, MONTH.atTime(6, 0)), StandardCharsets.UTF_8);
        var stored = send(plant, "POST", "/api/figures/characteristics/" + id + "/measurements", "text/csv", "en", csv);
        assertEquals(200, stored.statusCode(), stored.body());
        assertEquals(150, json(stored.body()).getInt("values"));
        assertEquals(30, json(stored.body()).getInt("subgroups"));

        // the same file again: refused line by line, in the caller's language, nothing stored
        var again =
                send(plant, "POST", "/api/figures/characteristics/" + id + "/measurements", "text/csv", "zh-CN", csv);
        JsonObject refusal = problem(again, 422);
        JsonObject first = refusal.getJsonArray("problems").getJsonObject(0);
        assertEquals(2, first.getInt("line"));
        assertEquals("measurements.subgroup.stored", first.getString("reason"));
        assertTrue(first.getString("message").contains("已保存"), first.getString("message"));

        // every department reads the capability; the figures are the service's
        String reader = account(EnumSet.of(Department.FINANCE));
        LocalDate last = MONTH.plusMonths(1).minusDays(1);
        var read = send(
                reader,
                "GET",
                "/api/figures/characteristics/" + id + "/capability?from=" + MONTH + "&to=" + last,
                null,
                "en",
                null);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject cap = json(read.body());
        var service = as.quality(() -> capability.of(id, MONTH, last)).study();
        assertEquals(150, cap.getInt("n"));
        assertEquals("MEAN_RANGE", cap.getString("chart"));
        assertEquals(
                service.within().actual(),
                cap.getJsonObject("within").getJsonNumber("actual").doubleValue(),
                1e-9);
        assertEquals(
                service.overall().actual(),
                cap.getJsonObject("overall").getJsonNumber("actual").doubleValue(),
                1e-9);
        assertFalse(cap.getBoolean("tooFewData"));

        // no data in an earlier month: indices are null, never NaN
        var empty = send(
                reader,
                "GET",
                "/api/figures/characteristics/" + id + "/capability?from=" + MONTH.minusMonths(1) + "&to="
                        + MONTH.minusDays(1),
                null,
                "en",
                null);
        assertEquals(200, empty.statusCode(), empty.body());
        JsonObject noIndices = json(empty.body()).getJsonObject("within");
        assertTrue(
                !noIndices.containsKey("actual") || noIndices.isNull("actual"), "no Cpk, never NaN: " + empty.body());
        assertFalse(empty.body().contains("NaN"), empty.body());
        assertEquals("NO_DATA", json(empty.body()).getString("status"));

        // refusals: a reader may not post, crossed limits, an unknown characteristic
        problem(
                send(reader, "POST", "/api/figures/characteristics/" + id + "/measurements", "text/csv", "en", csv),
                403);
        var crossed = problem(
                send(
                        plant,
                        "POST",
                        "/api/figures/characteristics",
                        "application/json",
                        "zh-CN",
                        "{\"workshop\":\"" + workshop + "\",\"process\":\"Turning\",\"name\":\"Length\","
                                + "\"lowerLimit\":2.0,\"upperLimit\":1.0,\"subgroupSize\":1}"),
                422);
        assertTrue(
                crossed.getString("detail").contains("1.0")
                        || crossed.getString("detail").contains("1"),
                crossed.toString());
        problem(send(reader, "GET", "/api/figures/characteristics/999999999/capability", null, "en", null), 404);
    }

    @Test
    void aPlantPostsTheSameColumnsAsAnExcelWorkbook_CS09() throws Exception {
        String plant = account(EnumSet.of(Department.PRODUCTION));
        String path = "/api/figures/characteristics/" + bore.getId() + "/measurements";
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

        var stored = send(plant, path, xlsx, workbook(subgroups(), 1, MONTH.atTime(6, 0), -1));
        assertEquals(200, stored.statusCode(), stored.body());
        assertEquals(150, json(stored.body()).getInt("values"));
        assertEquals(30, json(stored.body()).getInt("subgroups"));

        // the next day's file with text in a value cell: refused at the row people see in Excel
        var refused = problem(
                send(
                        plant,
                        path,
                        xlsx,
                        workbook(subgroups(), 31, MONTH.atTime(6, 0).plusDays(2), 6)),
                422);
        assertEquals(1, refused.getJsonArray("problems").size(), refused.toString());
        JsonObject first = refused.getJsonArray("problems").getJsonObject(0);
        assertEquals(8, first.getInt("line"), "row 8: the header is row 1, the 7th value row 8");
        assertEquals("measurements.value.invalid", first.getString("reason"));
        assertEquals(
                150,
                as.quality(() -> capability.of(
                                bore.getId(), MONTH, MONTH.plusMonths(1).minusDays(1)))
                        .study()
                        .values());
    }

    /** The gauge's file as a workbook: date-time cells; the value at {@code badValue} (0-based) typed as text. */
    private static byte[] workbook(List<double[]> subgroups, int firstSubgroup, LocalDateTime start, int badValue)
            throws Exception {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("gauge");
            var time = workbook.createCellStyle();
            time.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("time");
            header.createCell(1).setCellValue("subgroup");
            header.createCell(2).setCellValue("value");
            int r = 0;
            for (int s = 0; s < subgroups.size(); s++) {
                for (double v : subgroups.get(s)) {
                    var row = sheet.createRow(++r);
                    row.createCell(0).setCellValue(start.plusHours(s));
                    row.getCell(0).setCellStyle(time);
                    row.createCell(1).setCellValue(firstSubgroup + s);
                    if (r - 1 == badValue) {
                        row.createCell(2).setCellValue("n/a");
                    } else {
                        row.createCell(2).setCellValue(v);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private HttpResponse<String> send(String username, String path, String type, byte[] body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + path))
                .timeout(Duration.ofSeconds(60))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "en")
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String account(Set<Department> departments) throws Exception {
        String username = "pc-" + UUID.randomUUID().toString().substring(0, 8);
        as.admin(() ->
                accounts.create(username, "Capability " + departments, null, departments, PASSWORD.toCharArray()));
        return username;
    }

    private HttpResponse<String> send(
            String username, String method, String path, String type, String language, String body) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + path))
                .timeout(Duration.ofSeconds(60))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", language);
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", type + "; charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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

    private static String refusal(org.junit.jupiter.api.function.Executable call) {
        Throwable e = assertThrows(Throwable.class, call);
        while (e != null && !(e instanceof RuleViolation)) {
            e = e.getCause();
        }
        assertNotNull(e, "refused by a rule");
        return ((RuleViolation) e).getMessageKey();
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
