package com.qualitydesk.aftersales;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.feedback.CostBearer;
import com.qualitydesk.feedback.CostKind;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.QualityCost;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The demo company's guaranteed returns and replacements (AS-07) and their quality costs (CF-13),
 * loaded after the call-backs: Huaxing's valves taken back and credited (open), the two pumps
 * Nordic Pump objected to in its call-back replaced from the feedback case (closed, its costs on
 * the case), and Dongfang's seized pumps still waiting for their replacement delivery.
 */
@Stateless
@PermitAll
public class ReturnsDemo {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The delivery of the demo master data that replaced Nordic Pump's two pumps. */
    public static final String NORDIC_REPLACEMENT_LOT = "L2026-0915-R";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void load() {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        delivery("C1001", "L2026-0901").ifPresent(lot -> {
            var r = register(
                    lot,
                    ReturnKind.RETURN,
                    60,
                    today.minusDays(12),
                    "60 件电磁阀在低电压下线圈异响，客户退回；我方分析原因并开具红字发票。",
                    "860.00",
                    "quality");
            cost(r, CostKind.RETURN, "2700.00", r.getReturnedOn().plusDays(2), "60 × V-200 红字发票（单价 45.00）");
        });
        nordicReplacement(today);
        delivery("C1002", "L2026-0915")
                .ifPresent(lot -> register(
                        lot,
                        ReturnKind.REPLACEMENT,
                        3,
                        today.minusDays(3),
                        "三台齿轮泵第一周内卡死；客户留存故障泵待保险公司鉴定，要求补发三台。",
                        "420.00",
                        "sales"));
    }

    /** CF-13, AS-07: the return that came from Nordic Pump's closed feedback case. */
    private void nordicReplacement(LocalDate today) {
        var lot = delivery("C1003", "L2026-0915");
        var replacement = delivery("C1003", NORDIC_REPLACEMENT_LOT);
        if (lot.isEmpty() || replacement.isEmpty()) {
            return;
        }
        Optional<Feedback> fromCase = em.createQuery(
                        "select f from Feedback f, CallBack c where c.feedbackId = f.id and c.delivery = :lot"
                                + " and f.number is not null",
                        Feedback.class)
                .setParameter("lot", lot.get())
                .getResultStream()
                .findFirst();
        LocalDate back = fromCase.map(
                        f -> LocalDate.ofInstant(f.getRegisteredAt(), ZONE).plusDays(1))
                .filter(d -> !d.isAfter(today))
                .orElse(today.minusDays(18));
        var r = new ReturnReplacement();
        r.setCustomer(lot.get().getCustomer());
        r.setDelivery(lot.get());
        r.setKind(ReturnKind.RETURN_AND_REPLACEMENT);
        r.setQuantity(2);
        r.setReturnedOn(back);
        r.setReason("Two gear pumps leaked at the shaft seal after about 50 running hours; both came back"
                + " for the seal housing to be measured and were replaced from stock.");
        r.setFreightAmount(new BigDecimal("1350.00"));
        r.setFreightBorneBy(CostBearer.COMPANY);
        fromCase.ifPresent(f -> r.fromCase(f.getId(), f.getNumber()));
        r.setRegisteredBy("sales");
        r.setRegisteredAt(at(back, 10));
        records.create(r);
        freight(r);
        cost(r, CostKind.REPLACEMENT, "13600.00", back, "2 × P-450 from stock, lot " + NORDIC_REPLACEMENT_LOT);

        var before = r.auditSnapshot();
        r.nameReplacement(replacement.get());
        LocalDate shipped = replacement.get().getShipDate();
        LocalDate closed = (shipped.isAfter(back) ? shipped : back).plusDays(2);
        r.close(closed.isAfter(today) ? clock.instant() : at(closed, 16), "sales");
        em.flush();
        audit.changed(r, before);
    }

    private ReturnReplacement register(
            Delivery lot, ReturnKind kind, int quantity, LocalDate back, String reason, String freight, String by) {
        var r = new ReturnReplacement();
        r.setCustomer(lot.getCustomer());
        r.setDelivery(lot);
        r.setKind(kind);
        r.setQuantity(quantity);
        r.setReturnedOn(back);
        r.setReason(reason);
        r.setFreightAmount(new BigDecimal(freight));
        r.setFreightBorneBy(CostBearer.COMPANY);
        r.setRegisteredBy(by);
        r.setRegisteredAt(at(back, 10));
        records.create(r);
        freight(r);
        return r;
    }

    private void freight(ReturnReplacement r) {
        cost(
                r,
                CostKind.EXTRA_FREIGHT,
                r.getFreightAmount().toPlainString(),
                r.getReturnedOn(),
                r.getReference() + " · " + r.getDelivery().getLotNumber());
    }

    private void cost(ReturnReplacement r, CostKind kind, String amount, LocalDate on, String note) {
        var c = new QualityCost();
        c.setReturnId(r.getId());
        c.setFeedbackId(r.getFeedbackId());
        c.setKind(kind);
        c.setAmount(new BigDecimal(amount));
        c.setCurrency("CNY");
        c.setBorneBy(CostBearer.COMPANY);
        c.setIncurredOn(on);
        c.setNote(note);
        records.create(c);
        audit.event(r, ReturnsAndReplacements.costAction(kind), amount + " CNY");
    }

    private Instant at(LocalDate day, int hour) {
        Instant at = day.atTime(hour, 0).atZone(ZONE).toInstant();
        return at.isAfter(clock.instant()) ? clock.instant() : at;
    }

    private Optional<Delivery> delivery(String customerCode, String lot) {
        return em.createQuery(
                        "select d from Delivery d where d.customer.code = :c and d.lotNumber = :lot", Delivery.class)
                .setParameter("c", customerCode)
                .setParameter("lot", lot)
                .getResultStream()
                .findFirst();
    }
}
