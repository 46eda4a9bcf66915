package com.qualitydesk.aftersales;

import com.qualitydesk.aftersales.document.ServiceRecordDocuments;
import com.qualitydesk.attachment.AcceptedFile;
import com.qualitydesk.attachment.Attachment;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Contract;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.security.Department;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The demo company's service requests and service records (AS-03, AS-04, AS-08), so that a new user
 * sees filled screens: requests covered by a contract and not, telephone records, on-site records.
 * Written as the demo people would have written them, on the demo master data.
 */
@Stateless
@PermitAll
public class ServiceRecordsDemo {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    Tasks tasks;

    @Inject
    Clock clock;

    public void load() {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        // AS-08: the service periods of the demo contracts
        warranty("HT-2026-001", 12, "Installation and maintenance free of charge during the warranty.");
        warranty("CT-2025-117", 6, "On-site guidance within six months of delivery.");
        warranty("HT-2025-088", 12, "Maintenance free of charge for twelve months.");

        ServicePerson huang = person("黄磊 Huang Lei", "service");
        ServicePerson zhou = person("周涛 Zhou Tao", null);

        delivery("C1001", "L2026-0901").ifPresent(d -> {
            var r = request(
                    d, ServiceRequestKind.INSTALLATION, today.minusDays(6), "Install 40 valves on the new line 3");
            r.setCovered(true);
            r.setContractNumber("HT-2026-001");
            assign(r, huang, today.plusDays(2));
        });
        delivery("C1004", "L2026-0901").ifPresent(d -> {
            // Lianfa's contract ended before this lot shipped: the terms were agreed by SALES
            var r = request(
                    d,
                    ServiceRequestKind.MAINTENANCE,
                    today.minusDays(4),
                    "Valves stick after cleaning; check and service");
            r.setAgreedPrice(new BigDecimal("1800.00"));
            r.setPayer(Payer.CUSTOMER);
            r.setAgreedTerms("Travel and two hours of work; parts charged at list price.");
            r.setTermsBy("sales");
            r.setTermsAt(clock.instant().minusSeconds(3 * 86_400));
            assign(r, zhou, today.plusDays(1));
        });
        delivery("C1005", "L2026-1020")
                .ifPresent(d -> request(
                        d,
                        ServiceRequestKind.GUIDANCE,
                        today.minusDays(1),
                        "Guidance on fitting the seals on their press"));

        Instant now = clock.instant();
        // AS-03: telephone service, one confirmed in writing with the faxed copy attached
        delivery("C1003", "L2026-0915").ifPresent(d -> {
            var call = telephone(
                    d,
                    "Erik Lindqvist",
                    now.minus(Duration.ofDays(9)),
                    "Pump gets hot after 20 minutes at full load.",
                    "Check the suction line for air; reduce the speed to 1450 rpm until the seal is replaced.");
            call.setConfirmationNeeded(true);
            byte[] letter = ServiceRecordDocuments.confirmationLetter(call, "en", today.minusDays(9), ZONE);
            call.setConfirmationFileId(
                    file(call, call.getReference() + "-confirmation-sent.pdf", letter, now.minus(Duration.ofDays(9))));
            call.setConfirmationSentAt(now.minus(Duration.ofDays(9)).plus(Duration.ofHours(2)));
            call.setConfirmationSentBy("service");
        });
        delivery("C1001", "L2026-0902")
                .ifPresent(d -> telephone(
                        d,
                        "周建国",
                        now.minus(Duration.ofDays(3)),
                        "支架安装孔位与图纸不符，询问能否现场扩孔。",
                        "可用 10.5 mm 钻头扩孔，扩孔后做防锈处理；我方将寄送新图纸。"));
        // AS-04: on-site services signed on the technician's phone
        delivery("C1002", "L2026-0915")
                .ifPresent(d -> onSite(
                        d,
                        now.minus(Duration.ofDays(14)),
                        "更换齿轮泵轴封，试运行 30 分钟无泄漏。",
                        "轴封 S-310 × 1",
                        "介质含颗粒，轴封唇口磨损。",
                        "满意，希望提供过滤器选型建议。",
                        "吴海"));
        delivery("C1003", "L2026-1003")
                .ifPresent(d -> onSite(
                        d,
                        now.minus(Duration.ofDays(6)),
                        "Fitted 200 seals on the customer's line 2 and trained two fitters.",
                        "",
                        "Fitting tool worn; seals were pushed in at an angle.",
                        "Very helpful; asks for a fitting tool of their own.",
                        "Erik Lindqvist"));
    }

    private void warranty(String number, int months, String terms) {
        em.createQuery("select c from Contract c where c.number = :n", Contract.class)
                .setParameter("n", number)
                .getResultStream()
                .findFirst()
                .ifPresent(c -> {
                    c.setWarrantyMonths(months);
                    c.setServiceTerms(terms);
                });
    }

    /** The SERVICE user's person may already be kept by the service organisation (AS-02). */
    private ServicePerson person(String name, String username) {
        if (username != null) {
            var kept = em.createQuery("select p from ServicePerson p where p.username = :u", ServicePerson.class)
                    .setParameter("u", username)
                    .getResultStream()
                    .findFirst();
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        var kept = em.createQuery("select p from ServicePerson p where p.name = :n", ServicePerson.class)
                .setParameter("n", name)
                .getResultStream()
                .findFirst();
        return kept.orElseGet(() -> records.create(new ServicePerson(name, username, null)));
    }

    Optional<Delivery> delivery(String customerCode, String lot) {
        return em.createQuery(
                        "select d from Delivery d where d.customer.code = :c and d.lotNumber = :lot", Delivery.class)
                .setParameter("c", customerCode)
                .setParameter("lot", lot)
                .getResultStream()
                .findFirst();
    }

    private ServiceRequest request(Delivery d, ServiceRequestKind kind, LocalDate on, String description) {
        var r = new ServiceRequest();
        r.setKind(kind);
        r.setCustomer(d.getCustomer());
        r.setDelivery(d);
        r.setRequestedOn(on);
        r.setDescription(description);
        r.setRegisteredBy("sales");
        r.setRegisteredAt(on.atTime(10, 0).atZone(ZONE).toInstant());
        return records.create(r);
    }

    private void assign(ServiceRequest r, ServicePerson person, LocalDate planned) {
        Instant now = clock.instant();
        r.setPerson(person);
        r.setPlannedDate(planned);
        r.setAssignedBy("sales");
        r.setAssignedAt(now);
        r.setStatus(ServiceRequestStatus.ASSIGNED);
        var task = new Task(
                TaskKind.SERVICE_REQUEST,
                person.isExternal() ? Department.SALES : Department.SERVICE,
                person.isExternal() ? null : person.getUsername(),
                null,
                null,
                r.getReference(),
                ServiceRequests.subject(r),
                now,
                planned.plusDays(1).atStartOfDay(ZONE).toInstant());
        task.setRecordId(r.getId());
        tasks.open(task);
    }

    private ServiceRecord telephone(Delivery d, String contactName, Instant at, String summary, String advice) {
        var r = new ServiceRecord(ServiceRecordKind.TELEPHONE);
        r.setCustomer(d.getCustomer());
        r.setDelivery(d);
        r.setContact(contact(d, contactName));
        r.setOccurredAt(at);
        r.setServedBy("黄磊 Huang Lei");
        r.setSummary(summary);
        r.setAdvice(advice);
        r.setWrittenBy("service");
        r.setWrittenAt(at.plus(Duration.ofMinutes(15)));
        records.create(r);
        em.flush();
        return r;
    }

    private void onSite(
            Delivery d, Instant arrival, String work, String parts, String findings, String opinion, String signer) {
        var r = new ServiceRecord(ServiceRecordKind.ON_SITE);
        r.setCustomer(d.getCustomer());
        r.setDelivery(d);
        r.setOccurredAt(arrival);
        r.setArrivalAt(arrival);
        r.setDepartureAt(arrival.plus(Duration.ofMinutes(165)));
        r.setServedBy("黄磊 Huang Lei");
        r.setWorkDone(work);
        r.setPartsReplaced(parts.isEmpty() ? null : parts);
        r.setFindings(findings);
        r.setCustomerOpinion(opinion);
        r.setCustomerMustConfirm(true);
        r.setSignerName(signer);
        r.setSignedAt(r.getDepartureAt().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS));
        r.setWrittenBy("service");
        r.setWrittenAt(r.getDepartureAt());
        records.create(r);
        em.flush();
        byte[] signature = signature(signer);
        r.setSignatureFileId(file(r, r.getReference() + "-signature.png", signature, r.getSignedAt()));
        r.setContentHash(ServiceRecords.sha256(r.signedContent()));
        String language = d.getCustomer().getNameZh() == null ? "en" : "zh_CN";
        byte[] pdf = ServiceRecordDocuments.onSiteRecord(r, signature, language, ZONE);
        r.setPdfFileId(file(r, r.getReference() + ".pdf", pdf, r.getSignedAt()));
        for (Department to : new Department[] {Department.SALES, Department.QUALITY}) {
            var task = new Task(
                    TaskKind.SERVICE_RECORD, to, null, null, null, r.getReference(), work, r.getWrittenAt(), null);
            task.setRecordId(r.getId());
            tasks.open(task);
        }
    }

    private Contact contact(Delivery d, String name) {
        return em.createQuery("select c from Contact c where c.customer.id = :c and c.name = :n", Contact.class)
                .setParameter("c", d.getCustomer().getId())
                .setParameter("n", name)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Long file(ServiceRecord owner, String name, byte[] content, Instant at) {
        Attachment a =
                AcceptedFile.check(name, content, 20).toAttachment(ServiceRecords.OWNER, owner.getId(), at, "service");
        em.persist(a);
        em.flush();
        return a.getId();
    }

    /** A signature as a hand draws it: a few strokes of a curve, different for each name. */
    static byte[] signature(String name) {
        var image = new BufferedImage(360, 140, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1a, 0x23, 0x7e));
        g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        var path = new Path2D.Double();
        int seed = Math.abs(name.hashCode());
        path.moveTo(20, 95);
        for (int x = 20; x <= 330; x += 6) {
            double y = 80 + 28 * Math.sin(x / (14.0 + seed % 7)) + 10 * Math.cos(x / 5.0 + seed % 3);
            path.lineTo(x, y);
        }
        g.draw(path);
        g.drawLine(40, 118, 300, 112);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
