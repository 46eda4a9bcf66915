package com.qualitydesk.aftersales;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.security.Account;
import com.qualitydesk.security.Department;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The demo company's service organisation (AS-01, AS-02, AS-06): two service points, four service
 * people (one an external technician), their trainings — one person's is overdue — and a year of
 * return visits, planned and done, so that the after-sales screens are filled at the first start.
 */
@Stateless
@PermitAll
public class OrganisationDemo {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    Clock clock;

    /** Loads after the demo users and customers; the password is the demo users' one. */
    public void load(String password) {
        LocalDate today = LocalDate.now(clock);
        String hashed = hash.generate(password.toCharArray());
        for (String[] u : new String[][] {{"service2", "周涛 Zhou Tao"}, {"service3", "何斌 He Bin"}}) {
            var account = new Account(u[0], u[1], hashed, EnumSet.of(Department.SERVICE));
            account.setEmail(u[0] + "@quality-desk.example");
            records.create(account);
        }

        var suzhou = point("苏州服务站 Suzhou", "江苏、上海、浙江 Jiangsu, Shanghai, Zhejiang", "苏州工业园区星湖街 120 号", "0512-6688 1200");
        var chengdu =
                point("成都服务站 Chengdu", "四川、重庆、西南 Sichuan, Chongqing, south-west", "成都高新区天府大道 900 号", "028-8555 0900");

        var huang = person("黄磊 Huang Lei", "service", suzhou, "138 1234 5601");
        var zhou = person("周涛 Zhou Tao", "service2", chengdu, "138 1234 5602");
        var he = person("何斌 He Bin", "service3", suzhou, "138 1234 5603");
        var qian = person("钱师傅 Qian (external)", null, chengdu, "139 8765 4321");

        training(
                huang,
                today.minusMonths(2),
                "职业道德与服务规范 Service ethics",
                TrainingKind.PROFESSIONAL_ETHICS,
                "杨敏",
                "6",
                "合格 Passed");
        training(
                huang,
                today.minusMonths(7),
                "V-200 电磁阀安装调试 Valve installation",
                TrainingKind.PRODUCT,
                "张伟",
                "8",
                "优秀 Excellent");
        training(
                zhou,
                today.minusMonths(5),
                "客户沟通技巧 Customer communication",
                TrainingKind.BUSINESS_SKILLS,
                "王芳",
                "4",
                "合格 Passed");
        training(
                qian,
                today.minusMonths(9),
                "P-450 齿轮泵维修 Gear pump repair",
                TrainingKind.PRODUCT,
                "张伟",
                "12",
                "合格 Passed");
        // He Bin's last training is more than a year old: OFFICE sees him flagged (AS-01)
        training(
                he,
                today.minusMonths(14),
                "职业道德与服务规范 Service ethics",
                TrainingKind.PROFESSIONAL_ETHICS,
                "杨敏",
                "6",
                "合格 Passed");

        Customer huaxing = customer("C1001");
        Customer dongfang = customer("C1002");
        Customer nordic = customer("C1003");
        Customer lianfa = customer("C1004");
        Customer jinling = customer("C1006");
        done(
                huaxing,
                today.minusMonths(11),
                "交付质量稳定，包装有改进空间 Delivery quality stable; packaging could improve",
                "满意 Satisfied",
                "希望提供新包装样品 New packaging samples");
        done(dongfang, today.minusMonths(9), "齿轮泵噪音问题已解决 Pump noise issue solved", "认可整改 Accepts the correction", null);
        done(
                nordic,
                today.minusMonths(7),
                "Pumps run well; documentation in Swedish asked for",
                "Satisfied with response time",
                "Swedish manuals");
        done(huaxing, today.minusMonths(5), "新包装效果良好 New packaging works well", "满意 Satisfied", null);
        done(
                lianfa,
                today.minusMonths(3),
                "合同到期前续约意向 Renewal intended before contract expiry",
                "价格偏高 Price seen as high",
                "报价 Quotation for 2027");
        // planned, but not done when it was due: the year view shows the gap
        planned(jinling, today.minusMonths(2), "首次回访 First visit since the new contract");
        planned(dongfang, today.plusDays(10), "年度回访 Yearly visit");
        planned(huaxing, today.plusMonths(1), "年末回访 Year-end visit");
    }

    private ServicePoint point(String name, String area, String address, String phone) {
        var p = new ServicePoint(name, area);
        p.setAddress(address);
        p.setPhone(phone);
        return records.create(p);
    }

    private ServicePerson person(String name, String username, ServicePoint point, String phone) {
        var p = new ServicePerson(name, username, point);
        p.setPhone(phone);
        return records.create(p);
    }

    private void training(
            ServicePerson person,
            LocalDate day,
            String course,
            TrainingKind kind,
            String trainer,
            String hours,
            String result) {
        var t = new Training(person, day, course, kind, new BigDecimal(hours));
        t.setTrainer(trainer);
        t.setResult(result);
        records.create(t);
        if (person.getLastTrainedOn() == null || day.isAfter(person.getLastTrainedOn())) {
            person.setLastTrainedOn(day);
        }
    }

    private Customer customer(String code) {
        return em.createQuery("select c from Customer c where c.code = :c", Customer.class)
                .setParameter("c", code)
                .getSingleResult();
    }

    private ReturnVisit planned(Customer customer, LocalDate day, String purpose) {
        var v = new ReturnVisit(customer, day, Set.of("quality", "sales"));
        v.setPurpose(purpose);
        v.setPlannedBy("gm");
        return records.create(v);
    }

    private void done(Customer customer, LocalDate day, String findings, String opinions, String requests) {
        var v = planned(customer, day, null);
        v.record(
                new ReturnVisitReport(day, findings, opinions, requests, ReturnVisit.CONCERNED),
                "quality",
                day.atTime(17, 0).atZone(clock.getZone()).toInstant(),
                day);
    }
}
