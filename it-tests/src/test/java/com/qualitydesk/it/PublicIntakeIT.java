package com.qualitydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.attachment.AttachmentInfo;
import com.qualitydesk.attachment.Attachments;
import com.qualitydesk.intake.IntakeKeys;
import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.persistence.DatabaseMigration;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The website's feedback intake (CC-02) in the real WAR: the REST intake called over HTTP as the
 * website would, from inside the server, and what it stored read back from the database and through
 * the services as the departments that use them.
 */
@ExtendWith(ArquillianExtension.class)
class PublicIntakeIT {

    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    @Deployment
    static WebArchive deployment() throws Exception {
        return RealWar.withTestsInside(Departments.class);
    }

    @Inject
    Departments as;

    @Inject
    IntakeKeys keys;

    @Inject
    Attachments attachments;

    @Inject
    ProcedureSettings settings;

    /** The request of Arquillian's runner: it tells where this server listens. */
    @Inject
    HttpServletRequest runnerRequest;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withoutAKeyOrWithAWrongOrRevokedKeyTheIntakeAnswers401_CC02() throws Exception {
        JsonObject valid = feedback("Key Test Co.").build();
        var anonymous = post(null, valid, address());
        assertEquals(401, anonymous.statusCode());
        assertProblem(anonymous);
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").isPresent());
        assertEquals(401, post("qdk_not-a-key", valid, address()).statusCode());

        var generated = as.admin(() -> keys.generate("revoked in a test"));
        as.admin(() -> keys.revoke(generated.record().getId()));
        assertEquals(401, post(generated.key(), valid, address()).statusCode());
        assertEquals(0, count("select count(*) from feedback where submitter_company = ?", "Key Test Co."));
    }

    @Test
    void theRestOfTheApiStillNeedsAnAccount() throws Exception {
        var customers = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/customers"))
                        .header("X-Api-Key", key())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, customers.statusCode(), "the website's key opens nothing but the intake");
        var page = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/public/feedback.xhtml"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), "the public page needs no login");
    }

    @Test
    void aValidSubmissionBecomesAReceivedItemForSalesWithItsAttachment_CC02() throws Exception {
        String company = unique("上海测试机械有限公司 ");
        var body = feedback(company)
                .add("product", "Bearing 6204-2RS")
                .add(
                        "attachment",
                        Json.createObjectBuilder()
                                .add("fileName", "划痕.png")
                                .add("content", Base64.getEncoder().encodeToString(PNG)))
                .build();
        var response = post(key(), body, address());
        assertEquals(201, response.statusCode(), response.body());
        String reference = json(response.body()).getString("reference");
        assertTrue(reference.matches("W-[A-Z2-9]{10}"), reference);

        long feedbackId;
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "select id, status, channel, submitter_company, submitter_contact, received_by"
                                + " from feedback where public_reference = ?")) {
            q.setString(1, reference);
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next(), "stored under its reference");
                feedbackId = row.getLong(1);
                assertEquals("RECEIVED", row.getString(2));
                assertEquals("WEBSITE", row.getString(3));
                assertEquals(company, row.getString(4));
                assertEquals("li.lei@example.cn", row.getString(5));
                assertEquals("website", row.getString(6));
            }
        }
        assertEquals(
                1,
                count(
                        "select count(*) from task where feedback_id = " + feedbackId
                                + " and kind = 'REGISTER' and department = 'SALES' and done_at is null",
                        null),
                "waits in the Sales inbox for registration (CF-02)");

        List<AttachmentInfo> files = as.sales(() -> attachments.list(Attachments.FEEDBACK, feedbackId));
        assertEquals(1, files.size());
        assertEquals("划痕.png", files.get(0).fileName());
        assertEquals("image/png", files.get(0).contentType());
        assertEquals("website", files.get(0).uploadedBy());
        var file = as.sales(() -> attachments.content(files.get(0).id()));
        assertEquals(PNG.length, file.content().length);
    }

    @Test
    void aFormPostWithAFileIsReceivedLikeJson_CC02() throws Exception {
        String company = unique("Form Post Co. ");
        String boundary = "----qd" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        for (String[] field : new String[][] {
            {"company", company}, {"name", "张伟"}, {"contact", "+86 512 6688 1234"}, {"description", "包装破损"}
        }) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n"
                            + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"box.png\"\r\n"
                                + "Content-Type: image/png\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.write(PNG);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var response = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/public/feedback"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("X-Api-Key", key())
                        .header("X-Forwarded-For", "192.0.2." + (int) (Math.random() * 250))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(201, response.statusCode(), response.body());
        String reference = json(response.body()).getString("reference");
        long id = count("select id from feedback where public_reference = ?", reference);
        assertEquals(1, count("select count(*) from feedback where submitter_company = ?", company));
        var files = as.sales(() -> attachments.list(Attachments.FEEDBACK, id));
        assertEquals(1, files.size());
        assertEquals("box.png", files.get(0).fileName());
    }

    @Test
    void aFilledHoneypotIsAnsweredLikeAnyOtherButStoresNothing_CC02() throws Exception {
        String company = unique("Bot Co. ");
        var response = post(
                key(), feedback(company).add("website", "http://spam.example").build(), address());
        assertEquals(201, response.statusCode(), response.body());
        String reference = json(response.body()).getString("reference");
        assertTrue(reference.matches("W-[A-Z2-9]{10}"), "looks like a real reference: " + reference);
        assertEquals(0, count("select count(*) from feedback where public_reference = ?", reference));
        assertEquals(0, count("select count(*) from feedback where submitter_company = ?", company));
    }

    @Test
    void overTheHourlyLimitTheIntakeAnswers429_CC02() throws Exception {
        int limit = settings.value(ProcedureParameter.CC02_INTAKE_PER_HOUR);
        String visitor = address();
        for (int i = 0; i < limit; i++) {
            assertEquals(
                    201,
                    post(key(), feedback(unique("Limit Co. ")).build(), visitor).statusCode(),
                    "#" + i);
        }
        String company = unique("Limit Co. ");
        var refused = post(key(), feedback(company).build(), visitor);
        assertEquals(429, refused.statusCode(), refused.body());
        assertProblem(refused);
        assertEquals(
                "urn:qualitydesk:problem:intake.tooMany", json(refused.body()).getString("type"));
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "seconds until the visitor's hour is over: " + retryAfter);
        assertEquals(0, count("select count(*) from feedback where submitter_company = ?", company));
        assertEquals(
                201,
                post(key(), feedback(unique("Limit Co. ")).build(), address()).statusCode(),
                "another visitor is not affected");
    }

    @Test
    void anExecutableOrAnOversizedUploadIsRefusedAndNothingStored_CC02() throws Exception {
        String company = unique("Upload Co. ");
        var exe = post(
                key(),
                feedback(company).add("attachment", file("setup.exe", EXE)).build(),
                address());
        assertEquals(422, exe.statusCode(), exe.body());
        assertProblem(exe);
        assertTrue(json(exe.body()).getString("detail").contains("setup.exe"), exe.body());
        var disguised = post(
                key(),
                feedback(company).add("attachment", file("photo.jpg", EXE)).build(),
                address());
        assertEquals(422, disguised.statusCode(), "an executable named photo.jpg stays an executable");

        int max = settings.value(ProcedureParameter.ATTACHMENT_MAX_MB);
        byte[] big = new byte[max * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        var oversized = post(
                key(), feedback(company).add("attachment", file("big.png", big)).build(), address());
        assertEquals(413, oversized.statusCode(), oversized.body());
        assertProblem(oversized);
        assertTrue(json(oversized.body()).getString("detail").contains(max + " MB"), oversized.body());

        assertEquals(0, count("select count(*) from feedback where submitter_company = ?", company));
    }

    @Test
    void badFieldsAreRefusedWith400AndEveryFieldInTheCallersLanguage_CC02() throws Exception {
        var body = Json.createObjectBuilder()
                .add("name", "王芳")
                .add("contact", "not reachable")
                .add("description", "产品表面有划痕")
                .build();
        var response = http.send(
                request(key(), address())
                        .header("Accept-Language", "zh-CN")
                        .POST(publish(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode(), response.body());
        assertProblem(response);
        assertEquals(
                "urn:qualitydesk:problem:api.fields.invalid",
                json(response.body()).getString("type"));
        var problems = json(response.body()).getJsonArray("problems");
        assertEquals(2, problems.size(), response.body());
        assertEquals("company", problems.getJsonObject(0).getString("field"));
        assertEquals("请填写公司名称。", problems.getJsonObject(0).getString("message"));
        assertEquals("contact", problems.getJsonObject(1).getString("field"));
        assertEquals("请填写有效的电子邮箱或电话号码。", problems.getJsonObject(1).getString("message"));
    }

    @Test
    void everyDepartmentAddsFilesToAFeedbackItemAndReadsThem_CF01() throws Exception {
        var response = post(key(), feedback(unique("Files Co. ")).build(), address());
        String reference = json(response.body()).getString("reference");
        long id = count("select id from feedback where public_reference = ?", reference);

        var stored = as.quality(
                () -> attachments.store(Attachments.FEEDBACK, id, "C:\\photos\\batch 7.PNG", "image/png", PNG));
        assertEquals("batch 7.PNG", stored.fileName());
        assertEquals("it-QUALITY", stored.uploadedBy());
        assertTrue(as.sales(() -> attachments.list(Attachments.FEEDBACK, id)).stream()
                .anyMatch(a -> a.id().equals(stored.id())));

        var refused = assertThrows(
                RuleViolation.class,
                () -> as.sales(() -> attachments.store(Attachments.FEEDBACK, id, "tool.exe", null, EXE)));
        assertEquals("attachment.type.refused", refused.getMessageKey());
        var noOwner = assertThrows(
                RuleViolation.class,
                () -> as.sales(() -> attachments.store(Attachments.FEEDBACK, Long.MAX_VALUE, "a.png", null, PNG)));
        assertEquals("attachment.owner.unknown", noOwner.getMessageKey());
        var anonymous = assertThrows(Exception.class, () -> attachments.list(Attachments.FEEDBACK, id));
        assertInstanceOf(EJBAccessException.class, cause(anonymous), anonymous.toString());
    }

    // --- helpers

    private String key;

    private String key() throws Exception {
        if (key == null) {
            key = as.admin(() -> keys.generate("PublicIntakeIT " + UUID.randomUUID()))
                    .key();
        }
        return key;
    }

    private String base() {
        return "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
    }

    /** A visitor of its own: every test counts against its own hourly limit. */
    private static String address() {
        return "198.51.100." + (int) (Math.random() * 250) + "-" + UUID.randomUUID();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObjectBuilder feedback(String company) {
        return Json.createObjectBuilder()
                .add("company", company)
                .add("name", "李雷")
                .add("contact", "li.lei@example.cn")
                .add("description", "收到的轴承有划痕，批号 2026-11-07。");
    }

    private static JsonObjectBuilder file(String name, byte[] content) {
        return Json.createObjectBuilder()
                .add("fileName", name)
                .add("content", Base64.getEncoder().encodeToString(content));
    }

    private HttpRequest.Builder request(String apiKey, String visitor) {
        var b = HttpRequest.newBuilder(URI.create(base() + "/api/public/feedback"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("X-Forwarded-For", visitor.substring(0, Math.min(visitor.length(), 60)));
        if (apiKey != null) {
            b.header("X-Api-Key", apiKey);
        }
        return b;
    }

    private HttpResponse<String> post(String apiKey, JsonObject body, String visitor) throws Exception {
        return http.send(
                request(apiKey, visitor).POST(publish(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.BodyPublisher publish(JsonObject body) {
        return HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
    }

    /** Every refusal of the API is a problem (RFC 9457) whose status is the answer's. */
    private static void assertProblem(HttpResponse<String> response) {
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().map().toString());
        assertEquals(response.statusCode(), json(response.body()).getInt("status"), response.body());
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private long count(String sql, String parameter) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(sql)) {
            if (parameter != null) {
                q.setString(1, parameter);
            }
            try (ResultSet row = q.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    private static Throwable cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return t;
            }
            if (t instanceof EJBException ejb && ejb.getCausedByException() instanceof EJBAccessException a) {
                return a;
            }
        }
        return e;
    }
}
