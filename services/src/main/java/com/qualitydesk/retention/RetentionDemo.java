package com.qualitydesk.retention;

import com.qualitydesk.aftersales.ServiceRecord;
import com.qualitydesk.aftersales.ServiceRecordKind;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.customer.CommunicationKind;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.CustomerCommunication;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The demo company's old records (CC-03), so that the expiry screen has something to show from the
 * first start: inquiries, orders and information sent more than a year ago (one of them under a
 * legal hold, Nordic Pump's order of the pumps it disputes), and service records of more than three
 * years ago (one still waiting for the confirmation the customer was promised). Nothing expires:
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

        telephone(dongfang, 1290, false, "客户询问 P-450 泵在低温环境下启动困难的原因。", "建议改用低温润滑油，并在启动前预热 5 分钟。");
        telephone(
                rhein,
                1320,
                true,
                "Customer asked whether the S-310 seal may be used with the new coolant.",
                "Compatible up to 90 °C; written confirmation promised.");
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
