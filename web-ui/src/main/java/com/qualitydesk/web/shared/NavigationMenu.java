package com.qualitydesk.web.shared;

import com.qualitydesk.security.Department;
import com.qualitydesk.web.security.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The menu, declared once: each entry names the departments that see it. web.xml guards the same
 * pages; MenuEntriesMatchPageConstraintsTest keeps both in step.
 */
@Named
@RequestScoped
public class NavigationMenu {

    private static final Set<Department> EVERYONE = EnumSet.allOf(Department.class);

    public record Entry(String group, String labelKey, String page, String icon, Set<Department> departments) {
        public boolean visibleTo(Set<Department> held) {
            return departments.stream().anyMatch(held::contains);
        }
    }

    public record Group(String labelKey, List<Entry> entries) {}

    public static final List<Entry> ENTRIES = List.of(
            new Entry("menu.group.work", "menu.home", "/index.xhtml", "pi pi-home", EVERYONE),
            new Entry("menu.group.work", "menu.inbox", "/task/inbox.xhtml", "pi pi-inbox", EVERYONE),
            new Entry(
                    "menu.group.feedback",
                    "menu.feedbackReceive",
                    "/feedback/receive.xhtml",
                    "pi pi-comment",
                    EVERYONE),
            new Entry(
                    "menu.group.feedback", "menu.feedbackRegister", "/feedback/register.xhtml", "pi pi-list", EVERYONE),
            new Entry(
                    "menu.group.feedback",
                    "menu.feedbackReview",
                    "/feedback/review.xhtml",
                    "pi pi-eye",
                    EnumSet.of(Department.GENERAL_MANAGER)),
            new Entry(
                    "menu.group.feedback",
                    "menu.feedbackMajor",
                    "/feedback/major.xhtml",
                    "pi pi-exclamation-circle",
                    EnumSet.of(Department.GENERAL_MANAGER)),
            new Entry(
                    "menu.group.feedback",
                    "menu.feedbackContainment",
                    "/feedback/containment.xhtml",
                    "pi pi-shield",
                    EnumSet.of(Department.PRODUCTION)),
            new Entry("menu.group.feedback", "menu.actions", "/feedback/actions.xhtml", "pi pi-check-square", EVERYONE),
            new Entry("menu.group.master", "menu.customers", "/customer/customers.xhtml", "pi pi-building", EVERYONE),
            new Entry("menu.group.master", "menu.contacts", "/customer/contacts.xhtml", "pi pi-users", EVERYONE),
            new Entry("menu.group.master", "menu.contracts", "/customer/contracts.xhtml", "pi pi-file", EVERYONE),
            new Entry("menu.group.master", "menu.products", "/customer/products.xhtml", "pi pi-box", EVERYONE),
            new Entry("menu.group.master", "menu.deliveries", "/customer/deliveries.xhtml", "pi pi-truck", EVERYONE),
            new Entry(
                    "menu.group.master",
                    "menu.import",
                    "/customer/import.xhtml",
                    "pi pi-upload",
                    EnumSet.of(Department.SALES, Department.ADMIN)),
            new Entry(
                    "menu.group.surveys",
                    "menu.surveyCampaigns",
                    "/survey/campaigns.xhtml",
                    "pi pi-chart-bar",
                    EnumSet.of(Department.SALES, Department.GENERAL_MANAGER, Department.ADMIN)),
            new Entry(
                    "menu.group.surveys",
                    "menu.surveyPaper",
                    "/survey/paper.xhtml",
                    "pi pi-inbox",
                    EnumSet.of(Department.SALES)),
            new Entry(
                    "menu.group.surveys",
                    "menu.surveyQuestionnaires",
                    "/survey/questionnaires.xhtml",
                    "pi pi-list",
                    EnumSet.of(Department.SALES, Department.GENERAL_MANAGER, Department.ADMIN)),
            new Entry(
                    "menu.group.surveys",
                    "menu.analysisReports",
                    "/analysis/reports.xhtml",
                    "pi pi-chart-pie",
                    com.qualitydesk.analysis.AnalysisStep.READ.departments()),
            new Entry(
                    "menu.group.aftersales",
                    "menu.callBacks",
                    "/aftersales/call-backs.xhtml",
                    "pi pi-phone",
                    EnumSet.of(Department.SALES, Department.QUALITY, Department.GENERAL_MANAGER, Department.ADMIN)),
            new Entry(
                    "menu.group.aftersales",
                    "menu.returns",
                    "/aftersales/returns.xhtml",
                    "pi pi-replay",
                    EnumSet.of(
                            Department.SALES,
                            Department.QUALITY,
                            Department.FINANCE,
                            Department.GENERAL_MANAGER,
                            Department.ADMIN)),
            new Entry(
                    "menu.group.aftersales",
                    "menu.serviceRequests",
                    "/aftersales/service-requests.xhtml",
                    "pi pi-wrench",
                    EVERYONE),
            new Entry(
                    "menu.group.aftersales",
                    "menu.serviceRecords",
                    "/aftersales/service-records.xhtml",
                    "pi pi-book",
                    EVERYONE),
            new Entry(
                    "menu.group.aftersales",
                    "menu.onSiteRecord",
                    "/aftersales/on-site.xhtml",
                    "pi pi-map-marker",
                    EnumSet.of(Department.SERVICE, Department.SALES, Department.ADMIN)),
            new Entry(
                    "menu.group.aftersales",
                    "menu.servicePoints",
                    "/aftersales/service-points.xhtml",
                    "pi pi-map-marker",
                    EVERYONE),
            new Entry(
                    "menu.group.aftersales",
                    "menu.servicePeople",
                    "/aftersales/service-people.xhtml",
                    "pi pi-id-card",
                    EVERYONE),
            new Entry(
                    "menu.group.aftersales",
                    "menu.returnVisits",
                    "/aftersales/return-visits.xhtml",
                    "pi pi-car",
                    EVERYONE),
            new Entry(
                    "menu.group.figures",
                    "menu.qualityObjectives",
                    "/figures/indicators.xhtml",
                    "pi pi-flag",
                    com.qualitydesk.figures.FiguresStep.READ_FIGURES.departments()),
            new Entry(
                    "menu.group.figures",
                    "menu.processCapability",
                    "/figures/capability.xhtml",
                    "pi pi-chart-line",
                    com.qualitydesk.figures.FiguresStep.READ_FIGURES.departments()),
            new Entry(
                    "menu.group.figures",
                    "menu.monthlySheets",
                    "/figures/sheets.xhtml",
                    "pi pi-table",
                    com.qualitydesk.figures.FiguresStep.READ_FIGURES.departments()),
            new Entry(
                    "menu.group.figures",
                    "menu.managementReview",
                    "/review/reviews.xhtml",
                    "pi pi-briefcase",
                    EnumSet.of(Department.SALES, Department.GENERAL_MANAGER)),
            new Entry(
                    "menu.group.admin",
                    "menu.calendar",
                    "/calendar/calendar.xhtml",
                    "pi pi-calendar",
                    EnumSet.of(Department.ADMIN, Department.OFFICE)),
            new Entry(
                    "menu.group.admin",
                    "menu.settings",
                    "/admin/settings.xhtml",
                    "pi pi-sliders-h",
                    EnumSet.of(Department.ADMIN)),
            new Entry(
                    "menu.group.admin",
                    "menu.users",
                    "/admin/users.xhtml",
                    "pi pi-id-card",
                    EnumSet.of(Department.ADMIN)),
            new Entry(
                    "menu.group.admin",
                    "menu.outbox",
                    "/admin/outbox.xhtml",
                    "pi pi-envelope",
                    EnumSet.of(Department.ADMIN)),
            new Entry(
                    "menu.group.admin",
                    "menu.intakeKeys",
                    "/admin/intake-keys.xhtml",
                    "pi pi-globe",
                    EnumSet.of(Department.ADMIN)),
            new Entry(
                    "menu.group.admin",
                    "menu.retention",
                    "/admin/retention.xhtml",
                    "pi pi-history",
                    com.qualitydesk.retention.RetentionStep.READ.departments()),
            new Entry(
                    "menu.group.admin",
                    "menu.batchJobs",
                    "/admin/batch-jobs.xhtml",
                    "pi pi-cog",
                    EnumSet.of(Department.ADMIN)));

    @Inject
    UserSession user;

    /** Whether this user may open the page, as the menu and web.xml declare it. */
    public boolean mayOpen(String page) {
        return ENTRIES.stream().anyMatch(e -> e.page().equals(page) && e.visibleTo(user.departments()));
    }

    /** The groups with at least one entry this user may open, in declaration order. */
    public List<Group> getGroups() {
        Set<Department> held = EnumSet.noneOf(Department.class);
        held.addAll(user.getDepartments());
        return ENTRIES.stream()
                .filter(e -> e.visibleTo(held))
                .map(Entry::group)
                .distinct()
                .map(g -> new Group(
                        g,
                        ENTRIES.stream()
                                .filter(e -> e.group().equals(g) && e.visibleTo(held))
                                .toList()))
                .toList();
    }
}
