package com.qualitydesk.platform;

import com.qualitydesk.aftersales.OrganisationDemo;
import com.qualitydesk.aftersales.ReturnsDemo;
import com.qualitydesk.aftersales.ServiceRecordsDemo;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Contract;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.customer.Product;
import com.qualitydesk.customer.SurveyChannel;
import com.qualitydesk.security.Account;
import com.qualitydesk.security.Department;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * A small company a newcomer can try every screen on: one user per department and a handful of
 * Chinese and foreign customers with their contacts, contracts, products and deliveries.
 */
@Stateless
@PermitAll
public class DemoData {

    /** Documented in the README; the demo set is never loaded on PostgreSQL unless asked for. */
    public static final String PASSWORD = "demo-2026";

    static final List<DemoUser> USERS = List.of(
            new DemoUser("sales", "王芳 Wang Fang", Department.SALES),
            new DemoUser("quality", "李强 Li Qiang", Department.QUALITY),
            new DemoUser("technical", "张伟 Zhang Wei", Department.TECHNICAL),
            new DemoUser("production", "刘洋 Liu Yang", Department.PRODUCTION),
            new DemoUser("finance", "陈静 Chen Jing", Department.FINANCE),
            new DemoUser("office", "杨敏 Yang Min", Department.OFFICE),
            new DemoUser("gm", "赵军 Zhao Jun", Department.GENERAL_MANAGER),
            new DemoUser("service", "黄磊 Huang Lei", Department.SERVICE));

    record DemoUser(String username, String fullName, Department department) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    Clock clock;

    @Inject
    com.qualitydesk.aftersales.CustomerStoryDemoData customerStory;

    @Inject
    ServiceRecordsDemo serviceRecordsDemo;

    @Inject
    com.qualitydesk.aftersales.CallBackDemo callBackDemo;

    @Inject
    OrganisationDemo organisation;

    @Inject
    ReturnsDemo returnsDemo;

    @Inject
    com.qualitydesk.figures.ProcessCapabilityDemo processCapabilityDemo;

    @Inject
    com.qualitydesk.figures.MonthlySheetsDemo monthlySheetsDemo;

    @Inject
    com.qualitydesk.retention.RetentionDemo retentionDemo;

    @Inject
    com.qualitydesk.analysis.AnalysisReportsDemo analysisReportsDemo;

    @Inject
    com.qualitydesk.review.ManagementReviewDemo managementReviewDemo;

    public boolean present() {
        return em.createQuery("select count(a) from Account a where a.username = 'sales'", Long.class)
                        .getSingleResult()
                > 0;
    }

    public void load() {
        String hashed = hash.generate(PASSWORD.toCharArray());
        for (DemoUser u : USERS) {
            var account = new Account(u.username(), u.fullName(), hashed, EnumSet.of(u.department()));
            account.setEmail(u.username() + "@quality-desk.example");
            account.setLanguage(u.username().equals("gm") ? "zh_CN" : "en");
            // each demo person leads their department, so escalations (CF-05) have someone to reach
            account.setDepartmentHead(true);
            records.create(account);
        }

        LocalDate today = LocalDate.now(clock);
        Customer huaxing =
                customer("C1001", "华兴汽车零部件有限公司", "Huaxing Auto Parts Co., Ltd.", "Automotive", "江苏省苏州市工业园区星湖街 88 号");
        Customer dongfang = customer("C1002", "东方电气设备股份有限公司", null, "Electrical equipment", "四川省成都市高新区天府大道 1200 号");
        Customer nordic =
                customer("C1003", null, "Nordic Pump Systems AB", "Pumps", "Industrivägen 12, 431 37 Mölndal, Sweden");
        // Lianfa's general manager is visited (CS-04) by the demo salesperson
        Customer lianfa = customer(
                "C1004",
                "联发精密机械（深圳）有限公司",
                "Lianfa Precision Machinery (Shenzhen)",
                "Machinery",
                "广东省深圳市宝安区福永街道 56 号",
                "sales");
        Customer rhein = customer(
                "C1005",
                null,
                "Rheinmetall Hydraulik GmbH",
                "Hydraulics",
                "Industriestraße 5, 40764 Langenfeld, Germany");
        Customer jinling =
                customer("C1006", "金陵家电集团", "Jinling Home Appliances Group", "Home appliances", "江苏省南京市江宁区天元路 9 号");

        contact(huaxing, "周建国", "质量部经理", "zhou.jg@huaxing.example", "zh_CN", SurveyChannel.EMAIL, true);
        contact(huaxing, "孙丽", "采购主管", "sun.li@huaxing.example", "zh_CN", SurveyChannel.EMAIL, false);
        contact(dongfang, "吴海", "供应商质量工程师", null, "zh_CN", SurveyChannel.FAX, true)
                .setFax("028-8765 4321");
        contact(
                nordic,
                "Erik Lindqvist",
                "Supplier Quality Manager",
                "erik.lindqvist@nordicpump.example",
                "en",
                SurveyChannel.EMAIL,
                true);
        contact(lianfa, "郑志明", "总经理", "zheng.zm@lianfa.example", "zh_CN", SurveyChannel.VISIT, true);
        contact(
                rhein,
                "Anna Becker",
                "Head of Purchasing",
                "a.becker@rhein-hydraulik.example",
                "en",
                SurveyChannel.EMAIL,
                true);
        // Jinling has no survey recipient yet: it shows up as a coverage risk (CS-02)
        contact(jinling, "马骏", "采购员", "ma.jun@jinling.example", "zh_CN", SurveyChannel.EMAIL, false);

        contract("HT-2026-001", huaxing, today.minusMonths(10), today.plusMonths(14));
        contract("HT-2026-002", dongfang, today.minusMonths(4), today.plusMonths(8));
        contract("CT-2025-117", nordic, today.minusMonths(20), today.plusMonths(4));
        contract("HT-2025-088", lianfa, today.minusMonths(26), today.minusMonths(2));
        contract("CT-2026-009", rhein, today.minusMonths(2), null);
        contract("HT-2026-015", jinling, today.minusMonths(6), today.plusMonths(6));

        Product valve = product("V-200", "Solenoid valve 电磁阀 V-200", "Valves", true);
        Product seal = product("S-310", "Shaft seal 轴封 S-310", "Seals", false);
        Product pump = product("P-450", "Gear pump 齿轮泵 P-450", "Pumps", true);
        Product bracket = product("B-120", "Mounting bracket 安装支架 B-120", "Structural parts", false);

        delivery(huaxing, valve, "L2026-0901", 5000, today.minusDays(40), today.minusDays(42));
        delivery(huaxing, bracket, "L2026-0902", 12000, today.minusDays(35), today.minusDays(35));
        delivery(dongfang, pump, "L2026-0915", 300, today.minusDays(28), today.minusDays(30));
        delivery(nordic, pump, "L2026-0915", 450, today.minusDays(27), today.minusDays(25));
        // AS-07: the two pumps that replaced the leaking ones Nordic Pump objected to (ReturnsDemo)
        delivery(nordic, pump, ReturnsDemo.NORDIC_REPLACEMENT_LOT, 2, today.minusDays(20), today.minusDays(20));
        delivery(nordic, seal, "L2026-1003", 20000, today.minusDays(20), today.minusDays(20));
        delivery(lianfa, valve, "L2026-0901", 2000, today.minusDays(39), today.minusDays(39));
        delivery(rhein, seal, "L2026-1020", 8000, today.minusDays(12), today.minusDays(14));
        delivery(jinling, bracket, "L2026-1101", 30000, today.minusDays(5), today.minusDays(5));
        organisation.load(PASSWORD);
        callBackDemo.load();
        customerStory.load();
        serviceRecordsDemo.load();
        returnsDemo.load();
        processCapabilityDemo.load();
        monthlySheetsDemo.load();
        retentionDemo.load();
        analysisReportsDemo.load();
        managementReviewDemo.load();
    }

    private Customer customer(String code, String zh, String en, String industry, String address) {
        return customer(code, zh, en, industry, address, null);
    }

    private Customer customer(String code, String zh, String en, String industry, String address, String salesperson) {
        var c = new Customer(code, zh, en);
        c.setSalesperson(salesperson);
        c.setIndustry(industry);
        c.setAddress(address);
        return records.create(c);
    }

    private Contact contact(
            Customer customer,
            String name,
            String position,
            String email,
            String language,
            SurveyChannel channel,
            boolean recipient) {
        var c = new Contact(customer, name);
        c.setPosition(position);
        c.setEmail(email);
        c.setLanguage(language);
        c.setSurveyChannel(channel);
        c.setSurveyRecipient(recipient);
        c.setPostalAddress(customer.getAddress());
        c.setPhone("+86 512 6000 " + (1000 + name.length()));
        return records.create(c);
    }

    private void contract(String number, Customer customer, LocalDate from, LocalDate to) {
        records.create(new Contract(number, customer, from, to));
    }

    private Product product(String code, String name, String family, boolean safety) {
        return records.create(new Product(code, name, family, safety));
    }

    private void delivery(
            Customer customer, Product product, String lot, int quantity, LocalDate shipped, LocalDate promised) {
        var d = new Delivery(customer, product, lot, quantity, shipped);
        d.setPromisedDate(promised);
        records.create(d);
    }
}
