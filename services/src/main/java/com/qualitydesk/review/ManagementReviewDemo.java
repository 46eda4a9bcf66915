package com.qualitydesk.review;

import static com.qualitydesk.review.ReviewPack.label;
import static com.qualitydesk.review.ReviewPack.text;

import com.qualitydesk.action.ActionKind;
import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.ActionStatus;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.figures.QualityObjective;
import com.qualitydesk.review.ReviewPack.Section;
import com.qualitydesk.security.Department;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo company's management review of last year (IM-03), signed by the general manager, with
 * its three decisions as actions of the register (one of them done), so that this year's pack has
 * the status of the previous review's actions to show. The demo starts without anyone logged in,
 * so last year's pack is written as the company kept it then; this year's is assembled from the
 * records by SALES with one click.
 */
@Stateless
@PermitAll
public class ManagementReviewDemo {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Tasks tasks;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    public void load() {
        ZoneId zone = calendars.current().zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int year = today.getYear() - 1;
        LocalDate due = LocalDate.of(year, 12, 10);
        Instant dueAt = due.atTime(17, 30).atZone(zone).toInstant();
        Instant meeting = LocalDate.of(year, 12, 20).atTime(10, 0).atZone(zone).toInstant();
        var review = records.create(new ManagementReview(year, due, "sales", dueAt.minus(Duration.ofDays(20))));

        Map<Department, String[]> reports = Map.of(
                Department.SALES, new String[] {"全年交付 1,240 批，客户投诉 18 起，较上年下降 22%。", "投诉按期答复率由 86% 提高到 95%，已完成。"},
                Department.QUALITY, new String[] {"进货检验合格率 98.6%，V-200 阀芯尺寸超差 3 批。", "阀芯供方整改已关闭，8D 报告已归档。"},
                Department.TECHNICAL, new String[] {"完成 P-450 泵体结构改进，试制合格。", "图纸变更 12 份，均已发放。"},
                Department.PRODUCTION, new String[] {"二车间装配线 Cpk 0.92，低于 1.00 的要求。", "夹具改进进行中，预计明年一季度完成。"},
                Department.FINANCE, new String[] {"全年质量成本 ¥186,000，占销售额 1.1%。", "返工成本统计口径已统一。"},
                Department.OFFICE, new String[] {"全年培训 46 场，覆盖 312 人次。", "新员工质量意识培训已纳入入职流程。"},
                Department.SERVICE, new String[] {"上门服务 210 次，一次修复率 91%。", "服务备件库存已按区域调整。"});
        List<ReviewSubmission> submissions = new ArrayList<>();
        for (Department d : ManagementReviews.REPORTING) {
            var s = records.create(new ReviewSubmission(review.getId(), d, dueAt));
            String[] texts = reports.get(d);
            s.submit(texts[0], texts[1], d.name().toLowerCase(), dueAt.minus(Duration.ofDays(2)));
            submissions.add(s);
        }
        review.summarise("顾客满意度指数 86.4，高于 85 的目标；主要投诉为 V-200 电磁阀泄漏（7 起）和交付延迟（5 起）。" + "改进方向：阀芯来料控制，交付计划与生产排程联动。");
        review.enter(ReviewInput.AUDITS, "内审 2 次，不符合项 5 项，已全部关闭；认证机构监督审核无严重不符合。");
        review.enter(ReviewInput.PROVIDERS, "合格供方 42 家，评价 C 级 2 家，其中阀芯供方已整改。");
        review.enter(ReviewInput.RESOURCES, "二车间检测设备不足，需增加一台三坐标测量机。");
        review.enter(ReviewInput.RISKS, "原材料涨价风险已通过年度协议锁定；关键岗位人员流失风险需关注。");
        review.assemble(pack(year, review, submissions), "sales", meeting.minus(Duration.ofDays(3)));
        review.recordMinutes(
                "总经理主持，各部门负责人参加。评审结论：质量管理体系持续适宜、充分、有效；质量目标除 Cpk 外均已达成。", "sales", meeting.plus(Duration.ofHours(3)));
        em.flush();

        decide(
                review,
                DecisionKind.IMPROVEMENT,
                "提高二车间装配线过程能力，Cpk 达到 1.33 以上",
                Department.PRODUCTION,
                today.plusDays(45),
                meeting,
                false);
        decide(
                review,
                DecisionKind.SYSTEM_CHANGE,
                "修订进货检验规程，增加阀芯尺寸全检要求",
                Department.QUALITY,
                LocalDate.of(year + 1, 2, 28),
                meeting,
                true);
        decide(review, DecisionKind.RESOURCE_NEED, "购置三坐标测量机一台", Department.OFFICE, today.plusDays(90), meeting, false);

        var before = review.auditSnapshot();
        review.sign("gm", "赵军 Zhao Jun", meeting.plus(Duration.ofDays(1)));
        em.flush();
        audit.changed(review, before);
    }

    private void decide(
            ManagementReview review,
            DecisionKind kind,
            String description,
            Department owner,
            LocalDate due,
            Instant at,
            boolean done) {
        var action = new CorrectiveAction();
        action.setSourceType(ActionSource.MANAGEMENT_REVIEW);
        action.setSourceId(review.getId());
        action.setSourceReference(ManagementReviews.reference(review));
        action.setKind(ActionKind.IMPROVEMENT);
        action.setDescription(description);
        action.setOwnerDepartment(owner);
        action.setDueDate(due);
        action.setCreatedAt(at);
        action.setCreatedBy("sales");
        if (done) {
            action.setStatus(ActionStatus.COMPLETED);
            action.setEvidence("规程 QP-07 第 3 版已发布，培训记录已归档。");
            action.setCompletedAt(at.plus(Duration.ofDays(40)));
            action.setCompletedBy("quality");
            action.setVerificationDue(due);
        }
        records.create(action);
        if (!done) {
            tasks.open(new Task(
                    TaskKind.ACTION,
                    owner,
                    null,
                    null,
                    action.getId(),
                    action.getSourceReference(),
                    description,
                    at,
                    due.atTime(17, 30).atZone(calendars.current().zone()).toInstant()));
        }
        records.create(new ReviewDecision(review.getId(), kind, description, owner, due, action.getId()));
    }

    /** Last year's pack as the company assembled it then. */
    private static ReviewPack pack(int year, ManagementReview review, List<ReviewSubmission> submissions) {
        var sections = new ArrayList<Section>();
        sections.add(new Section(
                ReviewInput.PREVIOUS_ACTIONS,
                List.of(
                        label("column.action"),
                        label("column.description"),
                        label("column.owner"),
                        label("column.due"),
                        label("column.status")),
                List.of(List.of(label("pack.none"), "", "", "", ""))));
        sections.add(new Section(
                ReviewInput.SATISFACTION,
                List.of(label("column.item"), label("column.subject"), label("column.value")),
                List.of(
                        List.of(label("row.campaign"), text(year + " H1"), text("85.9 · 41/52")),
                        List.of(label("row.campaign"), text(year + " H2"), text("86.9 · 44/55")),
                        List.of(
                                label("row.salesSummary"),
                                label("department.SALES"),
                                text(review.getSalesSummary())))));
        var objectives = new ArrayList<List<String>>();
        String[][] measured = {
            {"≥ 98.0 %", "98.6 %", "MET"}, {"> 85.00", "86.40", "MET"}, {"≥ 95.0 %", "95.2 %", "MET"},
            {"≥ 100.0 %", "97.0 %", "NEAR"}, {"≥ 90.0 %", "92.3 %", "MET"}, {"≥ 90.0 %", "93.1 %", "MET"},
            {"≥ 1.00", "0.92", "MISSED"}, {"≤ ¥ 200,000", "¥ 186,000", "MET"}
        };
        QualityObjective[] all = QualityObjective.values();
        for (int i = 0; i < all.length && i < measured.length; i++) {
            objectives.add(List.of(
                    label("objective." + all[i].name()),
                    text(measured[i][0]),
                    text(measured[i][1]),
                    label("indicator." + measured[i][2])));
        }
        sections.add(new Section(
                ReviewInput.OBJECTIVES,
                List.of(
                        label("column.objective"),
                        label("column.target"),
                        label("column.measured"),
                        label("column.status")),
                objectives));
        sections.add(new Section(
                ReviewInput.PROCESS,
                List.of(label("column.item"), label("column.subject"), label("column.value"), label("column.status")),
                List.of(
                        List.of(
                                label("row.passRate"),
                                text(String.valueOf(year)),
                                text("98.6 %"),
                                label("indicator.MET")),
                        List.of(
                                label("row.cpk"),
                                text("二车间 · 装配 · 阀芯配合间隙"),
                                text("0.92"),
                                label("capability.status.NOT_CAPABLE")))));
        sections.add(new Section(
                ReviewInput.NONCONFORMITIES,
                List.of(label("column.item"), label("column.subject"), label("column.status"), label("column.count")),
                List.of(
                        List.of(label("row.cause"), label("feedback.category.MATERIAL"), "", text("7")),
                        List.of(label("row.cause"), label("feedback.category.METHOD"), "", text("5")),
                        List.of(
                                label("row.actions"),
                                label("action.source.FEEDBACK"),
                                label("action.status.VERIFIED"),
                                text("14")))));
        sections.add(new Section(
                ReviewInput.MONITORING,
                List.of(label("column.objective"), text("Q1"), text("Q2"), text("Q3"), text("Q4")),
                List.of(List.of(
                        label("objective.PASS_RATE"),
                        text("98.2 %"),
                        text("98.5 %"),
                        text("98.9 %"),
                        text("98.8 %")))));
        for (ReviewInput input : ReviewInput.values()) {
            if (input.isManual()) {
                sections.add(new Section(
                        input,
                        List.of(label("column.enteredBy"), label("column.text")),
                        List.of(List.of(
                                label("department."
                                        + input.owner().orElseThrow().name()),
                                text(review.manualInput(input))))));
            }
        }
        sections.add(new Section(
                ReviewInput.QUALITY_COST,
                List.of(label("column.month"), label("column.amount")),
                List.of(List.of(label("row.yearTotal"), text("186000.00")))));
        var reports = new ArrayList<List<String>>();
        for (ReviewSubmission s : submissions) {
            reports.add(List.of(
                    label("department." + s.getDepartment().name()),
                    text(s.getReport()),
                    text(s.getMeasures()),
                    text(s.getSubmittedBy() + " · " + s.getSubmittedAt())));
        }
        sections.add(new Section(
                ReviewInput.DEPARTMENT_REPORTS,
                List.of(
                        label("column.department"),
                        label("column.report"),
                        label("column.measures"),
                        label("column.submitted")),
                reports));
        return ReviewPack.of(sections);
    }
}
