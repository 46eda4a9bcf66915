package com.qualitydesk.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.aftersales.Payer;
import com.qualitydesk.aftersales.ServicePerson;
import com.qualitydesk.aftersales.ServiceRecord;
import com.qualitydesk.aftersales.ServiceRecordKind;
import com.qualitydesk.aftersales.ServiceRecords;
import com.qualitydesk.aftersales.ServiceRequest;
import com.qualitydesk.aftersales.ServiceRequestKind;
import com.qualitydesk.aftersales.ServiceRequests;
import com.qualitydesk.attachment.Attachments;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.MailServer;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.security.Department;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.task.Task;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * AS-03, AS-04, AS-08 through the services, in the real WAR against the configured database, as
 * the departments that do each step; each forbidden step is tried as the wrong department.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRecordsIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment
    static WebArchive deployment() throws Exception {
        // PDFBox reads the produced PDFs there, as a person would read them
        var war = RealWar.withTestsInside(ServiceRecordsIT.class, Departments.class);
        for (Class<?> c : List.of(
                org.apache.pdfbox.Loader.class,
                org.apache.pdfbox.io.RandomAccessRead.class,
                org.apache.fontbox.ttf.TrueTypeFont.class,
                org.apache.commons.logging.LogFactory.class)) {
            war.addAsLibrary(MailServer.jarOf(c));
        }
        return war;
    }

    @Inject
    Departments as;

    @Inject
    ServiceRequests requests;

    @Inject
    ServiceRecords records;

    @Inject
    Attachments attachments;

    @PersistenceContext
    EntityManager em;

    private LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    private Delivery delivery(String customer, String lot) {
        return em.createQuery(
                        "select d from Delivery d where d.customer.code = :c and d.lotNumber = :l", Delivery.class)
                .setParameter("c", customer)
                .setParameter("l", lot)
                .getSingleResult();
    }

    private ServiceRequest newRequest(String customer, String lot) {
        Delivery d = delivery(customer, lot);
        var r = new ServiceRequest();
        r.setCustomer(d.getCustomer());
        r.setDelivery(d);
        r.setKind(ServiceRequestKind.MAINTENANCE);
        r.setRequestedOn(today());
        r.setDescription("Pump noise after six weeks");
        return r;
    }

    private ServicePerson servicePerson() throws Exception {
        return as.sales(() -> requests.activePeople().stream()
                .filter(p -> "service".equals(p.getUsername()))
                .findFirst()
                .orElseThrow());
    }

    private static RuleViolation rule(Throwable e) {
        Throwable t = e;
        while (t != null && !(t instanceof RuleViolation)) {
            t = t instanceof EJBException ejb && ejb.getCausedByException() != null
                    ? ejb.getCausedByException()
                    : t.getCause();
        }
        return assertInstanceOf(RuleViolation.class, t, () -> "a rule refusal, not " + e);
    }

    @Test
    void requestNotCoveredByContract_isAssignedOnlyAfterSalesRecordedTheTerms_AS08() throws Exception {
        // Rhein's contract gives no service period: the request is not covered
        ServiceRequest r = as.sales(() -> requests.register(newRequest("C1005", "L2026-1020")));
        assertFalse(r.isCovered());
        assertTrue(r.isTermsMissing());
        ServicePerson person = servicePerson();

        var refused = assertThrows(
                Exception.class,
                () -> as.sales(() -> requests.assign(r.getId(), r.getVersion(), person.getId(), today().plusDays(1))));
        assertEquals("serviceRequest.termsMissing", rule(refused).getMessageKey());
        assertTrue(as.sales(() -> requests.openTasks(r.getId())).isEmpty(), "nobody was sent");

        // SERVICE may register and assign, but only SALES agrees terms with the customer
        assertRefused(() ->
                as.service(() -> requests.recordTerms(r.getId(), r.getVersion(), BigDecimal.TEN, Payer.CUSTOMER, "")));

        ServiceRequest withTerms = as.sales(() -> requests.recordTerms(
                r.getId(), r.getVersion(), new BigDecimal("950.00"), Payer.CUSTOMER, "Two hours on site"));
        assertFalse(withTerms.isTermsMissing());
        ServiceRequest assigned = as.sales(
                () -> requests.assign(withTerms.getId(), withTerms.getVersion(), person.getId(), today().plusDays(1)));

        Task task = as.sales(() -> requests.openTasks(assigned.getId())).get(0);
        assertEquals(Department.SERVICE, task.getDepartment());
        assertEquals("service", task.getAssignee(), "in the person's own inbox");
        assertEquals(assigned.getId(), task.getRecordId());
    }

    @Test
    void requestWithinTheContractsWarranty_isCoveredAndAssignedAtOnce_AS08() throws Exception {
        ServiceRequest r = as.service(() -> requests.register(newRequest("C1001", "L2026-0901")));
        assertTrue(r.isCovered());
        assertEquals("HT-2026-001", r.getContractNumber());
        assertThrows(
                Exception.class,
                () -> as.sales(
                        () -> requests.recordTerms(r.getId(), r.getVersion(), BigDecimal.ONE, Payer.COMPANY, "")));
        ServicePerson person = servicePerson();
        ServiceRequest assigned =
                as.service(() -> requests.assign(r.getId(), r.getVersion(), person.getId(), today().plusDays(3)));
        assertEquals(1, as.sales(() -> requests.openTasks(assigned.getId())).size());
        // a reassignment replaces the step, it does not add a second one
        ServiceRequest again = as.service(
                () -> requests.assign(assigned.getId(), assigned.getVersion(), person.getId(), today().plusDays(4)));
        assertEquals(1, as.sales(() -> requests.openTasks(again.getId())).size());
        assertEquals(today().plusDays(4), again.getPlannedDate());
    }

    @Test
    void lotOfAnotherCustomer_isRefused_andOtherDepartmentsCannotRegister_AS08() throws Exception {
        var foreign = newRequest("C1001", "L2026-0901");
        foreign.setDelivery(delivery("C1006", "L2026-1101"));
        var refused = assertThrows(Exception.class, () -> as.sales(() -> requests.register(foreign)));
        assertEquals("serviceRequest.lot.notCustomers", rule(refused).getMessageKey());

        assertRefused(() -> as.quality(() -> requests.register(newRequest("C1001", "L2026-0901"))));
        assertRefused(() -> as.finance(() -> requests.register(newRequest("C1001", "L2026-0901"))));
        assertNull(foreign.getId());
    }

    /** A small PNG, as the signature pad sends it. */
    private static byte[] drawnSignature() throws Exception {
        var image = new BufferedImage(200, 80, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.drawLine(10, 60, 190, 20);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private ServiceRecord onSite(String customer, String lot) {
        Delivery d = delivery(customer, lot);
        var r = new ServiceRecord(ServiceRecordKind.ON_SITE);
        r.setCustomer(d.getCustomer());
        r.setDelivery(d);
        r.setServedBy("黄磊 Huang Lei");
        Instant now = Instant.now();
        r.setArrivalAt(now.minus(3, ChronoUnit.HOURS));
        r.setDepartureAt(now.minus(1, ChronoUnit.HOURS));
        r.setWorkDone("Replaced the pump seal; test run 30 min");
        r.setPartsReplaced("Seal S-310 x1");
        r.setFindings("Seal lip worn by abrasive medium");
        r.setCustomerOpinion("Satisfied");
        r.setCustomerMustConfirm(true);
        r.setSignerName("Erik Lund");
        return r;
    }

    @Test
    void signedOnSiteRecord_becomesAPdfWithItsHash_goesToSalesAndQuality_andCannotBeChanged_AS04() throws Exception {
        byte[] signature = drawnSignature();
        ServiceRecord signed = as.service(() -> records.submitOnSite(onSite("C1003", "L2026-0915"), signature, null));
        assertTrue(signed.isSigned());
        assertEquals(64, signed.getContentHash().length());

        // the PDF is stored with the record and carries the hash of the signed content
        var pdf = as.sales(() -> attachments.content(signed.getPdfFileId()));
        assertEquals("application/pdf", pdf.contentType());
        String text = pdfText(pdf.content());
        assertTrue(text.replaceAll("\\s", "").contains(signed.getContentHash()), "the hash is printed on the PDF");
        assertTrue(text.contains("Erik Lund"));
        assertEquals(
                signed.getContentHash(),
                sha256(as.sales(() -> records.find(signed.getId()).orElseThrow().signedContent())),
                "anyone can recompute the hash from the record");

        var tasks = as.sales(() -> records.openTasks(signed.getId()));
        assertEquals(
                Set.of(Department.SALES, Department.QUALITY),
                tasks.stream().map(Task::getDepartment).collect(Collectors.toSet()));

        // AS-04: no change after the signature, neither through the edit door nor by submitting again
        ServiceRecord edited = as.service(() -> records.find(signed.getId()).orElseThrow());
        edited.setWorkDone("Something else");
        var refused = assertThrows(Exception.class, () -> as.service(() -> records.change(edited)));
        assertEquals("serviceRecord.signed.unchangeable", rule(refused).getMessageKey());
        var again = assertThrows(Exception.class, () -> as.admin(() -> records.submitOnSite(edited, signature, null)));
        assertEquals("serviceRecord.signed.unchangeable", rule(again).getMessageKey());
        assertEquals(
                "Replaced the pump seal; test run 30 min",
                as.sales(() -> records.find(signed.getId()).orElseThrow().getWorkDone()));

        // a correction is a new record referring to it
        var correction = onSite("C1003", "L2026-0915");
        correction.setCorrects(signed);
        correction.setWorkDone("Replaced the pump seal; test run 45 min");
        ServiceRecord corrected = as.service(() -> records.submitOnSite(correction, signature, null));
        assertEquals(signed.getId(), corrected.getCorrects().getId());

        // AS-01: QUALITY passes the information on to the responsible department with a comment
        Task passed =
                as.quality(() -> records.passOn(signed.getId(), Department.PRODUCTION, "Check the seal material"));
        assertEquals(Department.PRODUCTION, passed.getDepartment());
        assertTrue(as.sales(() -> records.openTasks(signed.getId())).stream()
                .noneMatch(t -> t.getDepartment() == Department.QUALITY));
        assertRefused(() -> as.sales(() -> records.passOn(signed.getId(), Department.PRODUCTION, "no")));
    }

    @Test
    void missingSignatureWhenTheCustomerMustConfirm_savesNothing_andTimesAreChecked_AS04() throws Exception {
        long before = count();
        var unsigned = onSite("C1003", "L2026-0915");
        var refused = assertThrows(Exception.class, () -> as.service(() -> records.submitOnSite(unsigned, null, null)));
        assertEquals("serviceRecord.signature.required", rule(refused).getMessageKey());

        var backwards = onSite("C1003", "L2026-0915");
        backwards.setDepartureAt(backwards.getArrivalAt().minus(5, ChronoUnit.MINUTES));
        var wrongTimes = assertThrows(
                Exception.class, () -> as.service(() -> records.submitOnSite(backwards, drawnSignature(), null)));
        assertEquals("serviceRecord.departureBeforeArrival", rule(wrongTimes).getMessageKey());

        var foreignLot = onSite("C1003", "L2026-0915");
        foreignLot.setDelivery(delivery("C1001", "L2026-0901"));
        var wrongLot = assertThrows(
                Exception.class, () -> as.service(() -> records.submitOnSite(foreignLot, drawnSignature(), null)));
        assertEquals("serviceRequest.lot.notCustomers", rule(wrongLot).getMessageKey());
        assertEquals(before, count(), "nothing saved half");
    }

    @Test
    void onlyServiceSalesAndAdminWriteServiceRecords_andADoubleSubmitGivesOneRecord_AS03_AS04() throws Exception {
        var call = telephone();
        assertRefused(() -> as.quality(() -> records.writeTelephone(call, null)));
        assertRefused(() -> as.production(() -> records.writeTelephone(call, null)));
        assertRefused(() ->
                as.generalManager(() -> records.submitOnSite(onSite("C1003", "L2026-0915"), drawnSignature(), null)));

        long before = count();
        String token = UUID.randomUUID().toString();
        ServiceRecord first = as.sales(() -> records.writeTelephone(telephone(), token));
        ServiceRecord second = as.sales(() -> records.writeTelephone(telephone(), token));
        assertEquals(first.getId(), second.getId());
        assertEquals(before + 1, count());

        String onSiteToken = UUID.randomUUID().toString();
        ServiceRecord a =
                as.service(() -> records.submitOnSite(onSite("C1003", "L2026-0915"), drawnSignature(), onSiteToken));
        ServiceRecord b =
                as.service(() -> records.submitOnSite(onSite("C1003", "L2026-0915"), drawnSignature(), onSiteToken));
        assertEquals(a.getId(), b.getId());
        assertEquals(before + 2, count());
    }

    @Test
    void telephoneConfirmationIsALetterInTheContactsLanguageAndItsSentCopyIsAttached_AS03() throws Exception {
        ServiceRecord call = as.service(() -> records.writeTelephone(telephone(), null));
        String letter = pdfText(as.service(() -> records.confirmationLetter(call.getId())));
        assertTrue(letter.contains("Confirmation of our telephone service"), "English for an English contact");
        assertTrue(letter.contains("Tighten the flange bolts"));

        var refused = assertThrows(
                Exception.class,
                () -> as.service(() -> records.attachSentConfirmation(
                        call.getId(), call.getVersion(), "fax.txt", "text/plain", "not a scan".getBytes())));
        assertEquals("serviceRecord.sentCopy.kind", rule(refused).getMessageKey(), "refused with the reason");

        ServiceRecord sent = as.service(() -> records.attachSentConfirmation(
                call.getId(), call.getVersion(), "fax.png", "image/png", drawnSignature()));
        assertNotNull(sent.getConfirmationSentAt());
        assertNotNull(sent.getConfirmationFileId());
    }

    /** The container refuses the call for the caller's department before the service runs. */
    private static void assertRefused(org.junit.jupiter.api.function.Executable call) {
        Exception e = assertThrows(Exception.class, call);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException
                    || (t instanceof EJBException ejb && ejb.getCausedByException() instanceof EJBAccessException)) {
                return;
            }
        }
        throw new AssertionError("refused for the department, not " + e, e);
    }

    private ServiceRecord telephone() {
        Delivery d = delivery("C1003", "L2026-0915");
        var r = new ServiceRecord(ServiceRecordKind.TELEPHONE);
        r.setCustomer(d.getCustomer());
        r.setDelivery(d);
        r.setContact(
                em.createQuery("select c from Contact c where c.customer.id = :c and c.language = 'en'", Contact.class)
                        .setParameter("c", d.getCustomer().getId())
                        .setMaxResults(1)
                        .getSingleResult());
        r.setOccurredAt(Instant.now().minus(10, ChronoUnit.MINUTES));
        r.setServedBy("黄磊 Huang Lei");
        r.setSummary("Pump leaks at the flange after a restart");
        r.setAdvice("Tighten the flange bolts crosswise to 25 Nm");
        r.setConfirmationNeeded(true);
        return r;
    }

    private long count() {
        return em.createQuery("select count(r) from ServiceRecord r", Long.class)
                .getSingleResult();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String sha256(String content) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
