package com.qualitydesk.retention;

import com.qualitydesk.action.ActionKind;
import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.ActionStatus;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.aftersales.ServiceRecord;
import com.qualitydesk.aftersales.ServiceRecordKind;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.customer.CommunicationKind;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.CustomerCommunication;
import com.qualitydesk.feedback.CaseRegistration;
import com.qualitydesk.feedback.ChangeKind;
import com.qualitydesk.feedback.ChangeProposal;
import com.qualitydesk.feedback.CostBearer;
import com.qualitydesk.feedback.CostKind;
import com.qualitydesk.feedback.Deadlines;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackChannel;
import com.qualitydesk.feedback.FeedbackNumbers;
import com.qualitydesk.feedback.FeedbackType;
import com.qualitydesk.feedback.QualityCost;
import com.qualitydesk.feedback.Severity;
import com.qualitydesk.security.Department;
import com.qualitydesk.settings.ProcedureSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo company's old records (CC-03), so that the expiry screen has something to show from the
 * first start: inquiries, orders and information sent more than a year ago (one of them under a
 * legal hold, Nordic Pump's order of the pumps it disputes), and service records of more than three
 * years ago (one still waiting for the confirmation the customer was promised), and feedback cases
 * closed more than three years ago (one with its action verified and its extra freight in the cost
 * ledger, which stay when it expires; one whose change proposal is still open). Nothing expires:
 * that takes ADMIN and QUALITY.
 */
@Stateless
@PermitAll
public class RetentionDemo {

    /** The reference of the demo's communication under a legal hold. */
    public static final String HELD_ORDER = "PO-NPS-3980";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    WorkingCalendars calendars;

    @Inject
    ProcedureSettings settings;

    @Inject
    FeedbackNumbers numbers;

    public void load() {
        Customer huaxing = customer("C1001");
        Customer dongfang = customer("C1002");
        Customer nordic = customer("C1003");
        Customer rhein = customer("C1005");
        if (huaxing == null || dongfang == null || nordic == null || rhein == null) {
            return;
        }
        note(huaxing, CommunicationKind.INQUIRY, 430, "V-200 电磁阀 2026 年度需求询价", "XJ-2025-011", "客户询问 V-200 全年 4 万件的价格。");
        note(huaxing, CommunicationKind.ORDER, 410, "V-200 电磁阀 3000 件", "PO-HX-25-0312", "按合同价格，一次交货。");
        note(dongfang, CommunicationKind.SERVICE_INFORMATION, 455, "P-450 齿轮泵保养周期说明", "SV-DOC-003", "按客户要求发送保养周期表。");
        note(
                rhein,
                CommunicationKind.PRODUCT_INFORMATION,
                395,
                "S-310 shaft seal data sheet, revision B",
                "DS-S310-B",
                null);
        CustomerCommunication disputed = note(
                nordic,
                CommunicationKind.ORDER,
                500,
                "Gear pump P-450, 200 pcs",
                HELD_ORDER,
                "Framework contract CT-2025-117; the customer later claimed leaks on part of the lot.");
        var hold = records.create(new LegalHold(
                RecordKind.CUSTOMER_COMMUNICATION,
                disputed.getId(),
                HELD_ORDER,
                nordic.getCode(),
                "Nordic Pump's warranty claim on the leaking pumps is with the lawyers: keep the order until it is"
                        + " settled.",
                "quality",
                clock.instant().minus(Duration.ofDays(30))));
        audit.event(disputed, LegalHolds.HOLD_PLACED, hold.getReason());

        closedCase(
                dongfang,
                1180,
                "两托盘 P-450 齿轮泵晚到一周，客户生产线停线半天。",
                "经查为承运商中转延误，已更换承运商并对延误部分承担加急运费。",
                "Change the carrier for deliveries to Dongfang and confirm each pick-up");
        Feedback redesign = closedCase(
                rhein,
                1220,
                "Seals of the S-310 lot arrived in a damaged carton; the customer sorted them out.",
                "The carton is replaced by a stronger one; the sorted seals were replaced free of charge.",
                "Pack S-310 seals in the reinforced carton");
        var change = new ChangeProposal();
        change.setFeedbackId(redesign.getId());
        change.setKind(ChangeKind.WORK_INSTRUCTION);
        change.setDescription("Packing instruction for seals: reinforced carton, at most 200 per carton");
        change.setDocumentsAffected("WI-PACK-07");
        records.create(change);

        telephone(dongfang, 1290, false, "客户询问 P-450 泵在低温环境下启动困难的原因。", "建议改用低温润滑油，并在启动前预热 5 分钟。");
        telephone(
                rhein,
                1320,
                true,
                "Customer asked whether the S-310 seal may be used with the new coolant.",
                "Compatible up to 90 °C; written confirmation promised.");
    }

    /**
     * CF-03, CF-12: a delivery complaint received, registered, answered and closed as it was then,
     * with the action it took, verified, and the extra freight it cost.
     */
    private Feedback closedCase(Customer customer, int closedDaysAgo, String description, String reply, String action) {
        Instant closed = clock.instant().minus(Duration.ofDays(closedDaysAgo));
        Instant received = closed.minus(Duration.ofDays(25));
        Instant registered = received.plus(Duration.ofHours(2));
        var deadlines = new Deadlines(calendars.current(), settings::value);
        var f = Feedback.received(
                FeedbackChannel.PHONE,
                customer,
                null,
                null,
                null,
                description,
                received,
                "sales",
                Department.SALES,
                deadlines);
        f.register(
                new CaseRegistration(
                        customer,
                        null,
                        null,
                        null,
                        null,
                        FeedbackType.DELIVERY,
                        Severity.GENERAL_QUESTION,
                        null,
                        false),
                () -> numbers.next(registered.atZone(clock.getZone()).getYear()).toString(),
                registered,
                "sales",
                deadlines);
        f.draftReply(reply, "zh_CN");
        f.recordReplySent(
                LocalDate.ofInstant(closed.minus(Duration.ofDays(3)), clock.getZone()),
                FeedbackChannel.EMAIL,
                "sales",
                LocalDate.now(clock));
        records.create(f);
        var a = new CorrectiveAction();
        a.setSourceType(ActionSource.FEEDBACK);
        a.setSourceId(f.getId());
        a.setSourceReference(f.getNumber());
        a.setKind(ActionKind.CORRECTIVE);
        a.setDescription(action);
        a.setOwnerDepartment(Department.SALES);
        a.setDueDate(LocalDate.ofInstant(closed.minus(Duration.ofDays(15)), clock.getZone()));
        a.setStatus(ActionStatus.VERIFIED);
        a.setEvidence("Done as planned.");
        a.setCompletedAt(closed.minus(Duration.ofDays(16)));
        a.setCompletedBy("sales");
        a.setVerifiedAt(closed.minus(Duration.ofDays(2)));
        a.setVerifiedBy("quality");
        a.setVerificationNote("No late delivery to the customer since.");
        a.setCreatedAt(registered.plus(Duration.ofDays(2)));
        a.setCreatedBy("quality");
        em.persist(a);
        var cost = new QualityCost();
        cost.setFeedbackId(f.getId());
        cost.setKind(CostKind.EXTRA_FREIGHT);
        cost.setAmount(new BigDecimal("1800.00"));
        cost.setBorneBy(CostBearer.COMPANY);
        cost.setIncurredOn(LocalDate.ofInstant(received.plus(Duration.ofDays(3)), clock.getZone()));
        cost.setNote("Express freight for the missing pallets");
        em.persist(cost);
        f.close(List.of(a), closed, "quality");
        em.flush();
        return f;
    }

    private CustomerCommunication note(
            Customer customer, CommunicationKind kind, int daysAgo, String subject, String reference, String text) {
        var c = new CustomerCommunication(
                customer, kind, clock.instant().minus(Duration.ofDays(daysAgo)), subject, reference);
        c.setText(text);
        c.setEnteredBy("sales");
        return records.create(c);
    }

    private void telephone(Customer customer, int daysAgo, boolean confirmationNeeded, String summary, String advice) {
        Instant at = clock.instant().minus(Duration.ofDays(daysAgo));
        var r = new ServiceRecord(ServiceRecordKind.TELEPHONE);
        r.setCustomer(customer);
        r.setContact(em.createQuery("select c from Contact c where c.customer = :c order by c.id", Contact.class)
                .setParameter("c", customer)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null));
        r.setOccurredAt(at);
        r.setServedBy("黄磊 Huang Lei");
        r.setSummary(summary);
        r.setAdvice(advice);
        r.setConfirmationNeeded(confirmationNeeded);
        r.setWrittenBy("service");
        r.setWrittenAt(at.plus(Duration.ofMinutes(20)));
        records.create(r);
    }

    private Customer customer(String code) {
        return em.createQuery("select c from Customer c where c.code = :code", Customer.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
