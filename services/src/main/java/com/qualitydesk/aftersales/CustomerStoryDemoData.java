package com.qualitydesk.aftersales;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.customer.CommunicationKind;
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
import java.time.LocalDate;

/**
 * The demo company's communications with its customers (CC-01): information sent, inquiries and
 * orders, a legal requirement, so that the customer page of a demo customer tells a story next to
 * its deliveries from the first start.
 */
@Stateless
@PermitAll
public class CustomerStoryDemoData {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    Clock clock;

    public void load() {
        Customer huaxing = customer("C1001");
        Customer nordic = customer("C1003");
        Customer lianfa = customer("C1004");
        Customer rhein = customer("C1005");
        if (huaxing == null || nordic == null || lianfa == null || rhein == null) {
            return;
        }
        note(
                huaxing,
                CommunicationKind.INQUIRY,
                62,
                "V-200 电磁阀 2027 年度需求询价",
                "XJ-2026-031",
                "客户询问 V-200 全年 6 万件的价格及交期，要求提供 PPAP 文件。");
        note(huaxing, CommunicationKind.ORDER, 48, "V-200 电磁阀 5000 件", "PO-HX-26-0877", "按合同 HT-2026-001 的价格，分两批交货。");
        note(
                huaxing,
                CommunicationKind.PRODUCT_INFORMATION,
                33,
                "V-200 线圈材料变更通知",
                "ECN-2026-014",
                "线圈漆包线供应商变更，已附型式试验报告；客户确认无需重新送样。");
        note(huaxing, CommunicationKind.SERVICE_INFORMATION, 9, "电磁阀安装与日常保养说明", "SV-DOC-007", "按客户要求发送中文版安装保养手册。");
        note(
                nordic,
                CommunicationKind.LEGAL_REQUIREMENT,
                120,
                "EU Machinery Regulation 2023/1230",
                "REG-2023/1230",
                "Pumps delivered from 2027 must carry the conformity documentation of the new regulation;"
                        + " the customer asks for the declaration with every lot.");
        note(
                nordic,
                CommunicationKind.ORDER,
                45,
                "Gear pump P-450, 450 pcs",
                "PO-NPS-4471",
                "Framework contract CT-2025-117, delivery by sea.");
        note(
                nordic,
                CommunicationKind.PRODUCT_INFORMATION,
                15,
                "P-450 data sheet, revision D",
                "DS-P450-D",
                "New noise figures after the housing change.");
        note(lianfa, CommunicationKind.INQUIRY, 20, "B-120 安装支架样品询价", "XJ-2026-052", "客户计划新机型使用 B-120，要求 50 件样品。");
        note(
                rhein,
                CommunicationKind.LEGAL_REQUIREMENT,
                70,
                "REACH SVHC declaration",
                "REACH-2026",
                "Every lot of seals needs a REACH SVHC statement (candidate list of January 2026).");
        note(rhein, CommunicationKind.ORDER, 18, "Shaft seal S-310, 8000 pcs", "PO-RH-2026-118", null);
    }

    private Customer customer(String code) {
        return em.createQuery("select c from Customer c where c.code = :code", Customer.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private void note(
            Customer customer, CommunicationKind kind, int daysAgo, String subject, String reference, String text) {
        // in the working morning of the day, as people would have sent or received it
        Instant at = LocalDate.now(clock)
                .minusDays(daysAgo)
                .atStartOfDay(clock.getZone())
                .toInstant()
                .plus(Duration.ofMinutes(9 * 60 + 7L * daysAgo % 300));
        var c = new CustomerCommunication(customer, kind, at, subject, reference);
        c.setText(text);
        c.setEnteredBy("sales");
        records.create(c);
    }
}
