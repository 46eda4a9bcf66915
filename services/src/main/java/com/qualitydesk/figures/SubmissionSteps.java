package com.qualitydesk.figures;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import com.qualitydesk.task.Tasks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.logging.Logger;

/**
 * CS-09: each department's sheet of the month just ended, with its submission step in the
 * department's inbox (a MONTHLY_SHEET task, due at closing of working day
 * CS09_SUBMISSION_WORKING_DAY of the new month on the company's calendar). The step sits in the
 * inbox as the reminder from the first day of the month, enters its warning window like every
 * step, is overdue after its deadline and is escalated by the escalation job; submitting the sheet
 * finishes it. Run by the monthly-sheets job (and the demo) without a caller; nothing here is
 * reachable from a screen.
 */
@Stateless
@PermitAll
public class SubmissionSteps {

    private static final Logger LOG = Logger.getLogger(SubmissionSteps.class.getName());

    /**
     * The step's subject in both languages: the warning and escalation notifications quote it to
     * whoever reads them (the inbox shows its own translated text).
     */
    static final String SUBJECT = "月度经营统计 Monthly operating figures";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    WorkingCalendars calendars;

    @Inject
    ProcedureSettings settings;

    @Inject
    Tasks tasks;

    /**
     * Opens the sheets of the month before {@code now} and their steps where they are missing;
     * run again it opens nothing twice. The number of steps opened.
     */
    public int openDue(Instant now) {
        YearMonth ended = YearMonth.from(now.atZone(calendars.current().zone())).minusMonths(1);
        int opened = 0;
        for (SheetDepartment department : SheetDepartment.values()) {
            MonthlySheet sheet = sheetOf(department, ended);
            if (!sheet.isFrozen() && stepOf(sheet) == null) {
                // the reference is the month people name; the inbox links it to the sheet
                var step = new Task(
                        TaskKind.MONTHLY_SHEET,
                        department.department(),
                        null,
                        null,
                        null,
                        ended.toString(),
                        SUBJECT,
                        deadline().opensAt(ended),
                        sheet.getDueAt());
                step.setRecordId(sheet.getId());
                tasks.open(step);
                opened++;
            }
        }
        if (opened > 0) {
            int count = opened;
            LOG.info(() -> "CS-09: " + count + " monthly sheet steps opened for " + ended);
        }
        return opened;
    }

    /**
     * The department's sheet of the month, opened (not started, due on the calendar as it stands
     * now) when it has none yet. In the caller's transaction.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public MonthlySheet sheetOf(SheetDepartment department, YearMonth month) {
        return SheetAccess.find(em, department, month)
                .orElseGet(() -> records.create(
                        new MonthlySheet(department, month, deadline().of(month))));
    }

    /** The deadline rule with the calendar and the parameter in force now. */
    public SubmissionDeadline deadline() {
        WorkingCalendar calendar = calendars.current();
        return new SubmissionDeadline(calendar, settings.value(ProcedureParameter.CS09_SUBMISSION_WORKING_DAY));
    }

    private Task stepOf(MonthlySheet sheet) {
        return em.createQuery(
                        "select t from Task t where t.kind = :kind and t.recordId = :sheet order by t.id", Task.class)
                .setParameter("kind", TaskKind.MONTHLY_SHEET)
                .setParameter("sheet", sheet.getId())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
