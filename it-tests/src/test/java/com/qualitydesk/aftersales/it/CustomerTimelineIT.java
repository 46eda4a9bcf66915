package com.qualitydesk.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.audit.AuditEntry;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.customer.CommunicationKind;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.CustomerCommunication;
import com.qualitydesk.customer.CustomerCommunications;
import com.qualitydesk.customer.Customers;
import com.qualitydesk.customer.Deliveries;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.customer.MasterDataImport;
import com.qualitydesk.customer.MasterDataKind;
import com.qualitydesk.customer.Product;
import com.qualitydesk.customer.Products;
import com.qualitydesk.customer.timeline.CustomerTimeline;
import com.qualitydesk.customer.timeline.TimelineEntry;
import com.qualitydesk.customer.timeline.TimelineKind;
import com.qualitydesk.customer.timeline.TimelineQuery;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackChannel;
import com.qualitydesk.feedback.FeedbackReception;
import com.qualitydesk.feedback.ReceivedFeedback;
import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.security.Accounts;
import com.qualitydesk.security.Department;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CC-01, the customer's whole story, in the real WAR: a customer of its own per test, with
 * deliveries, a complaint and communication records, read through the timeline service and the
 * REST API as the departments read them.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerTimelineIT {

    private static final String PASSWORD = "timeline-secret";

    /**
     * Everything but the call-backs, which every delivery now brings (AS-05), each due some working
     * days after its lot: the orders below are about the records this test writes itself.
     */
    private static final Set<TimelineKind> STORY = EnumSet.complementOf(EnumSet.of(TimelineKind.CALL_BACK));

    @Deployment
    static WebArchive deployment() throws Exception {
        return RealWar.withTestsInsideAndDepartmentGroups(Departments.class);
    }

    @Inject
    Departments as;

    @Inject
    Customers customers;

    @Inject
    Products products;

    @Inject
    Deliveries deliveries;

    @Inject
    FeedbackReception reception;

    @Inject
    CustomerCommunications communications;

    @Inject
    CustomerTimeline timeline;

    @Inject
    MasterDataImport importer;

    @Inject
    AuditTrail audit;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @Inject
    HttpServletRequest runnerRequest;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    private Customer customer;
    private LocalDate today;
    private Feedback complaint;

    /**
     * The story of a new customer: lots shipped 90, 60 and 30 days ago, an order 70 days ago,
     * product information 10 days ago, a legal requirement 5 days ago and a complaint received now.
     */
    @BeforeEach
    void aCustomerWithAStory() throws Exception {
        today = LocalDate.now(clock);
        String code = "TL" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        customer = as.sales(() -> customers.save(new Customer(code, "时间线测试客户", "Timeline Test Co.")));
        Product valve = as.sales(() -> products.findByCode("V-200").orElseThrow());
        for (int days : List.of(90, 60, 30)) {
            as.sales(() ->
                    deliveries.save(new Delivery(customer, valve, "L-TL-" + days, 100 + days, today.minusDays(days))));
        }
        note(CommunicationKind.ORDER, 70, "V-200 valves, 5000 pcs", "PO-TL-1");
        note(CommunicationKind.PRODUCT_INFORMATION, 10, "V-200 coil change notice", "ECN-TL-1");
        note(CommunicationKind.LEGAL_REQUIREMENT, 5, "REACH SVHC statement per lot", null);
        complaint = as.quality(() -> reception.receive(new ReceivedFeedback(
                FeedbackChannel.PHONE, customer.getId(), null, valve.getId(), "L-TL-30", "Valve leaks at 6 bar")));
    }

    private CustomerCommunication note(CommunicationKind kind, int daysAgo, String subject, String reference)
            throws Exception {
        Instant at =
                today.minusDays(daysAgo).atTime(10, 30).atZone(clock.getZone()).toInstant();
        var c = new CustomerCommunication(customer, kind, at, subject, reference);
        c.setText("noted by the test");
        return as.sales(() -> communications.save(c));
    }

    private Page<TimelineEntry> read(Set<TimelineKind> kinds, LocalDate from, LocalDate to, int first, int size)
            throws Exception {
        return as.sales(() -> timeline.page(new TimelineQuery(customer.getId(), kinds, from, to), first, size));
    }

    @Test
    void everyKindOfRecordIsOnTheTimelineNewestFirst_CC01() throws Exception {
        var page = read(STORY, null, null, 0, 20);

        assertEquals(7, page.total());
        List<TimelineKind> kinds = page.rows().stream().map(TimelineEntry::kind).toList();
        assertEquals(
                List.of(
                        TimelineKind.COMPLAINT,
                        TimelineKind.LEGAL_REQUIREMENT,
                        TimelineKind.PRODUCT_INFORMATION,
                        TimelineKind.DELIVERY,
                        TimelineKind.DELIVERY,
                        TimelineKind.INQUIRY_ORDER,
                        TimelineKind.DELIVERY),
                kinds);
        for (int i = 1; i < page.rows().size(); i++) {
            assertFalse(page.rows().get(i).at().isAfter(page.rows().get(i - 1).at()), "newest first");
        }
        TimelineEntry fb = page.rows().get(0);
        assertEquals(
                complaint.getNumber() != null ? complaint.getNumber() : complaint.getPublicReference(), fb.reference());
        assertEquals("Valve leaks at 6 bar", fb.summary());
        assertEquals("feedback.status.RECEIVED", fb.statusKey());
        assertEquals("/feedback/case.xhtml?id=" + complaint.getId(), fb.link());
        TimelineEntry order = page.rows().get(5);
        assertEquals("PO-TL-1", order.reference());
        assertEquals("communication.kind.ORDER", order.statusKey());
        assertTrue(order.summary().startsWith("V-200 valves, 5000 pcs"), order.summary());
        TimelineEntry lot = page.rows().get(6);
        assertEquals("L-TL-90", lot.reference());
        assertEquals(today.minusDays(90).atStartOfDay(clock.getZone()).toInstant(), lot.at());
        assertTrue(lot.summary().startsWith("V-200"), lot.summary());
        assertNull(lot.link());
    }

    @Test
    void theTimelineIsFilteredByKindAndPeriod_CC01() throws Exception {
        assertEquals(
                3, read(EnumSet.of(TimelineKind.DELIVERY), null, null, 0, 20).total());
        assertEquals(
                1,
                read(EnumSet.of(TimelineKind.INQUIRY_ORDER), null, null, 0, 20).total());
        assertEquals(
                4,
                read(EnumSet.of(TimelineKind.DELIVERY, TimelineKind.COMPLAINT), null, null, 0, 20)
                        .total());
        // the period's both days included, in the company's zone
        var period = read(EnumSet.of(TimelineKind.DELIVERY), today.minusDays(60), today.minusDays(30), 0, 20);
        assertEquals(
                List.of("L-TL-30", "L-TL-60"),
                period.rows().stream().map(TimelineEntry::reference).toList());
        var lastWeeks = read(STORY, today.minusDays(10), today, 0, 20);
        assertEquals(
                Set.of(TimelineKind.COMPLAINT, TimelineKind.LEGAL_REQUIREMENT, TimelineKind.PRODUCT_INFORMATION),
                lastWeeks.rows().stream().map(TimelineEntry::kind).collect(Collectors.toSet()));
        assertEquals(3, lastWeeks.total());
        assertEquals(
                0,
                read(EnumSet.of(TimelineKind.RETURN_VISIT), null, null, 0, 20).total());
        var callBacks = read(EnumSet.of(TimelineKind.CALL_BACK), null, null, 0, 20);
        assertEquals(
                List.of("L-TL-30", "L-TL-60", "L-TL-90"),
                callBacks.rows().stream().map(TimelineEntry::reference).toList(),
                "each lot's call-back, due after it, is on the story too (AS-05)");
        var reversed = assertThrows(RuleViolation.class, () -> read(STORY, today, today.minusDays(1), 0, 20));
        assertEquals("timeline.period.invalid", reversed.getMessageKey());
    }

    @Test
    void pagesOfTheTimelineFollowEachOtherWithTheSameTotal_CC01() throws Exception {
        var all = read(STORY, null, null, 0, 20).rows();
        var pages = new ArrayList<TimelineEntry>();
        for (int first = 0; first < 9; first += 3) {
            var page = read(STORY, null, null, first, 3);
            assertEquals(7, page.total());
            pages.addAll(page.rows());
        }
        assertEquals(all, pages);
        assertTrue(read(STORY, null, null, 100, 10).rows().isEmpty());
        assertEquals(
                "timeline.paging.invalid",
                assertThrows(RuleViolation.class, () -> read(STORY, null, null, 0, 0))
                        .getMessageKey());
    }

    @Test
    void everyDepartmentReadsTheTimelineButOnlySalesAndAdminNoteCommunications_CC01() throws Exception {
        TimelineQuery query = new TimelineQuery(customer.getId(), STORY, null, null);
        assertEquals(7, as.quality(() -> timeline.page(query, 0, 5)).total());
        assertEquals(7, as.service(() -> timeline.page(query, 0, 5)).total());
        assertEquals(7, as.finance(() -> timeline.page(query, 0, 5)).total());

        var byQuality = new CustomerCommunication(
                customer, CommunicationKind.INQUIRY, clock.instant().minusSeconds(60), "Asked by quality", null);
        Exception refused = assertThrows(Exception.class, () -> as.quality(() -> communications.save(byQuality)));
        assertTrue(rootIs(refused, EJBAccessException.class), refused.toString());

        var byAdmin = new CustomerCommunication(
                customer, CommunicationKind.INQUIRY, clock.instant().minusSeconds(60), "Asked by admin", null);
        assertTrue(as.admin(() -> communications.save(byAdmin)).getId() != null);
    }

    @Test
    void aCommunicationIsValidatedAuditedAndNotedOnce_CC01() throws Exception {
        Instant future = clock.instant().plus(2, ChronoUnit.DAYS);
        var ahead = new CustomerCommunication(customer, CommunicationKind.ORDER, future, "Next order", "PO-X");
        assertEquals(
                "communication.at.future",
                assertThrows(RuleViolation.class, () -> as.sales(() -> communications.save(ahead)))
                        .getMessageKey());

        var blank = new CustomerCommunication(
                customer, CommunicationKind.ORDER, clock.instant().minusSeconds(10), " ", "PO-Y");
        Exception invalid = assertThrows(Exception.class, () -> as.sales(() -> communications.save(blank)));
        assertTrue(rootIs(invalid, ConstraintViolationException.class), invalid.toString());

        Instant at = clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Callable<CustomerCommunication> sent = () -> communications.save(new CustomerCommunication(
                customer, CommunicationKind.SERVICE_INFORMATION, at, "Service hotline", null));
        var saved = as.sales(sent);
        // the same form sent a second time (two clicks, two tabs) is refused: one record
        assertEquals(
                "communication.duplicate",
                assertThrows(RuleViolation.class, () -> as.sales(sent)).getMessageKey());
        LocalDate day = at.atZone(clock.getZone()).toLocalDate(); // an hour ago may be yesterday
        assertEquals(
                1,
                read(EnumSet.of(TimelineKind.PRODUCT_INFORMATION), day, day, 0, 20)
                        .total());

        List<AuditEntry> history = as.sales(
                        () -> audit.history("CustomerCommunication", saved.getId(), PageRequest.of(0, 50)))
                .rows();
        assertTrue(history.stream().anyMatch(e -> AuditTrail.CREATED.equals(e.getAction())), history.toString());
    }

    @Test
    void theErpsInquiriesAndOrdersAreImportedOnceEachAndJoinTheStory_CC01() throws Exception {
        String code = customer.getCode();
        byte[] file = ("customer_code,kind,reference,date,subject,text\n"
                        + code + ",INQUIRY,INQ-TL-7," + today.minusDays(20)
                        + ",Inquiry: 800 V-200,Price and lead time\n"
                        + code + ",ORDER,SO-TL-7," + today.minusDays(15) + ",Order: 800 V-200,\n")
                .getBytes(StandardCharsets.UTF_8);
        var first = as.sales(() -> importer.importFile(MasterDataKind.COMMUNICATIONS, "erp.csv", file));
        assertTrue(first.imported(), () -> String.valueOf(first.problems()));
        assertEquals(2, first.created());

        var orders = read(EnumSet.of(TimelineKind.INQUIRY_ORDER), today.minusDays(25), today.minusDays(10), 0, 20);
        assertEquals(
                List.of("SO-TL-7", "INQ-TL-7"),
                orders.rows().stream().map(TimelineEntry::reference).toList());
        assertEquals("communication.kind.INQUIRY", orders.rows().get(1).statusKey());
        assertEquals(
                today.minusDays(20).atStartOfDay(clock.getZone()).toInstant(),
                orders.rows().get(1).at(),
                "the ERP's day, at its start in the company's zone");

        // the ERP sends the file again, with the order's subject corrected: one record each, updated
        byte[] again = new String(file, StandardCharsets.UTF_8)
                .replace("Order: 800 V-200", "Order: 850 V-200")
                .getBytes(StandardCharsets.UTF_8);
        var second = as.sales(() -> importer.importFile(MasterDataKind.COMMUNICATIONS, "erp.csv", again));
        assertEquals(List.of(0, 1, 1), List.of(second.created(), second.updated(), second.unchanged()));
        assertEquals(
                2,
                read(EnumSet.of(TimelineKind.INQUIRY_ORDER), today.minusDays(25), today.minusDays(10), 0, 20)
                        .total());

        // an order dated tomorrow: refused with its line, nothing stored
        byte[] ahead = ("customer_code,kind,reference,date,subject\n" + code + ",ORDER,SO-TL-8," + today.plusDays(1)
                        + ",Order: later\n")
                .getBytes(StandardCharsets.UTF_8);
        var refused = as.sales(() -> importer.importFile(MasterDataKind.COMMUNICATIONS, "erp.csv", ahead));
        assertFalse(refused.imported());
        assertEquals(
                List.of("2 date communication.at.future"),
                refused.problems().stream()
                        .map(p -> p.line() + " " + p.column() + " " + p.reason())
                        .toList());
        // a kind the story does not know: the line and column are named
        byte[] quote = ("customer_code,kind,reference,date,subject\n" + code + ",QUOTE,Q-TL-9," + today + ",Quote\n")
                .getBytes(StandardCharsets.UTF_8);
        var unknown = as.sales(() -> importer.importFile(MasterDataKind.COMMUNICATIONS, "erp.csv", quote));
        assertFalse(unknown.imported());
        assertEquals(
                List.of("2 kind"),
                unknown.problems().stream()
                        .map(p -> p.line() + " " + p.column())
                        .toList());
        assertEquals(
                0,
                read(EnumSet.of(TimelineKind.INQUIRY_ORDER), today, today.plusDays(1), 0, 20)
                        .total());

        // PRODUCTION does not write the customer's story
        Exception forbidden = assertThrows(
                Exception.class,
                () -> as.production(() -> importer.importFile(MasterDataKind.COMMUNICATIONS, "erp.csv", file)));
        assertTrue(
                rootIs(forbidden, EJBAccessException.class) || rootIs(forbidden, RuleViolation.class),
                forbidden.toString());
    }

    // --- the REST API: GET /api/customers/{code}/timeline

    @Test
    void theApiGivesTheTimelinePageByPage_CC01() throws Exception {
        String reader = account(EnumSet.of(Department.QUALITY));
        var response = get(
                reader, "/api/customers/" + customer.getCode() + "/timeline?kinds=DELIVERY,complaint&size=3", "zh-CN");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject page = json(response.body());
        assertEquals(4, page.getInt("total"));
        assertEquals(3, page.getJsonArray("rows").size());
        JsonObject newest = page.getJsonArray("rows").getJsonObject(0);
        assertEquals("COMPLAINT", newest.getString("kind"));
        assertEquals("feedback.status.RECEIVED", newest.getString("state"));
        assertTrue(newest.getString("stateText").matches(".*\\p{IsHan}.*"), newest.toString());

        var period = json(get(
                        reader,
                        "/api/customers/" + customer.getCode() + "/timeline?kinds=delivery&from=" + today.minusDays(60)
                                + "&to=" + today.minusDays(30) + "&first=1",
                        "en")
                .body());
        assertEquals(2, period.getInt("total"), period.toString());
        assertEquals(1, period.getJsonArray("rows").size());
        assertEquals("L-TL-60", period.getJsonArray("rows").getJsonObject(0).getString("reference"));
    }

    @Test
    void theApiRefusesAnUnknownCustomerAndBadParametersWithTranslatedProblems_CC01() throws Exception {
        String reader = account(EnumSet.of(Department.SALES));
        var unknown = get(reader, "/api/customers/NO-SUCH-CUSTOMER/timeline", "zh-CN");
        JsonObject notFound = problem(unknown, 404);
        assertEquals("urn:qualitydesk:problem:api.customer.unknown", notFound.getString("type"));
        assertTrue(notFound.getString("detail").contains("NO-SUCH-CUSTOMER"));
        assertTrue(notFound.getString("detail").matches(".*\\p{IsHan}.*"), notFound.toString());

        String base = "/api/customers/" + customer.getCode() + "/timeline";
        JsonObject badKind = problem(get(reader, base + "?kinds=DELIVERY,PARCELS", "en"), 400);
        assertEquals("kinds", badKind.getString("parameter"));
        JsonObject badDay = problem(get(reader, base + "?from=2026-13-40", "en"), 400);
        assertEquals("from", badDay.getString("parameter"));
        JsonObject reversed = problem(get(reader, base + "?from=2026-03-02&to=2026-03-01", "en"), 400);
        assertEquals("to", reversed.getString("parameter"));
        problem(get(reader, base + "?size=501", "en"), 400);
        problem(get(reader, base + "?first=-1", "en"), 400);

        var anonymous = http.send(
                HttpRequest.newBuilder(URI.create(base() + base)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        problem(anonymous, 401);
    }

    // --- support

    private static boolean rootIs(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private String account(Set<Department> departments) throws Exception {
        String username = "tl-" + UUID.randomUUID().toString().substring(0, 8);
        as.admin(() -> accounts.create(username, "Timeline " + departments, null, departments, PASSWORD.toCharArray()));
        return username;
    }

    private HttpResponse<String> get(String username, String path, String language) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .timeout(Duration.ofSeconds(60))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .header("Accept-Language", language)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().map().toString());
        JsonObject problem = json(response.body());
        assertEquals(status, problem.getInt("status"));
        assertFalse(response.body().contains("Exception"), response.body());
        return problem;
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private String base() {
        return "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
    }
}
