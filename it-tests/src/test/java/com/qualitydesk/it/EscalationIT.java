package com.qualitydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.batch.escalation.EscalationSchedule;
import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.MailServer;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.it.support.TaskFixtures;
import com.qualitydesk.jobs.BatchJobs;
import com.qualitydesk.mail.MailDelivery;
import com.qualitydesk.mail.MailStatus;
import com.qualitydesk.mail.OutgoingMail;
import com.qualitydesk.mail.SmtpSettings;
import com.qualitydesk.security.Account;
import com.qualitydesk.security.Accounts;
import com.qualitydesk.security.Department;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.task.DueState;
import com.qualitydesk.task.Escalations;
import com.qualitydesk.task.Inbox;
import com.qualitydesk.task.InboxFilter;
import com.qualitydesk.task.InboxRow;
import com.qualitydesk.task.Notifications;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The escalation job (CF-05, CF-08) in the real WAR on Payara Micro: tasks in their warning window
 * and overdue ones are announced once per event and person, in the app and by mail through a real
 * SMTP server (GreenMail on a free loopback port), first to the department head and then to the
 * general manager; running the job again, even after the tasks' state was lost, adds nothing; and
 * outside working hours the schedule does not start it.
 */
@ExtendWith(ArquillianExtension.class)
class EscalationIT {

    @Deployment
    static WebArchive deployment() throws Exception {
        return MailServer.inside(RealWar.withTestsInside(Departments.class));
    }

    @Inject
    Departments as;

    @Inject
    TaskFixtures tasks;

    @Inject
    Accounts accounts;

    @Inject
    EscalationSchedule schedule;

    @Inject
    BatchJobs jobs;

    @Inject
    Escalations escalations;

    @Inject
    WorkingCalendars calendars;

    @Inject
    MailDelivery delivery;

    @Inject
    Inbox inbox;

    @Inject
    Notifications notifications;

    @Inject
    ProcedureSettings settings;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Account account(String username, Set<Department> departments, boolean head, String language)
            throws Exception {
        return as.admin(() -> {
            Account created = accounts.create(
                    username, "Person " + username, username + "@it.example", departments, "it-secret-1".toCharArray());
            created.setDepartmentHead(head);
            created.setLanguage(language);
            return accounts.update(created);
        });
    }

    /** A moment people work at: now if they do, else the next opening. */
    /**
     * A moment of working time with two more minutes of it after: a test reruns the job a minute
     * later, and at the end of the working day that rerun would judge nothing (nobody is warned
     * outside working hours).
     */
    private Instant workingMoment() {
        var calendar = calendars.current();
        Instant at = calendar.nextWorkingMoment(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        while (!calendar.isWorkingMoment(at.plusSeconds(120))) {
            at = calendar.nextWorkingMoment(at.plusSeconds(121));
        }
        return at;
    }

    private BatchStatus runJob(Instant at) throws Exception {
        long execution = as.admin(() -> schedule.startNow(at));
        BatchStatus status = jobs.find(execution).orElseThrow().status();
        for (int i = 0; i < 600 && (status == BatchStatus.STARTING || status == BatchStatus.STARTED); i++) {
            Thread.sleep(100);
            status = jobs.find(execution).orElseThrow().status();
        }
        return status;
    }

    /** Hands the task's queued mails to the SMTP server, as MailDelivery does with a configured server. */
    private void deliver(List<Long> taskIds) {
        var settings = new SmtpSettings("127.0.0.1", MailServer.port(), null, null, null, false);
        var ids = new ArrayList<Long>();
        for (long taskId : taskIds) {
            tasks.mailsOf(taskId).forEach(mail -> ids.add(mail.getId()));
        }
        delivery.deliver(ids, settings);
    }

    private static List<MimeMessage> received(String recipient, String reference) throws MessagingException {
        var found = new ArrayList<MimeMessage>();
        for (MimeMessage m : MailServer.received()) {
            String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
            if (to.equals(recipient) && m.getSubject().contains(reference)) {
                found.add(m);
            }
        }
        return found;
    }

    @Test
    void warningsAndEscalationsArriveOncePerEventAndPersonAlsoAfterReruns_CF05_CF08() throws Exception {
        MailServer.server();
        String id = unique();
        Account member = account("it-member-" + id, EnumSet.of(Department.SERVICE), false, "en");
        Account head = account("it-head-" + id, EnumSet.of(Department.SERVICE), true, "zh_CN");
        Instant at = workingMoment();

        String refWarning = "ESC-" + id + "-W";
        String refHead = "ESC-" + id + "-H";
        String refBoth = "ESC-" + id + "-G";
        String refPaused = "ESC-" + id + "-P";
        String refDone = "ESC-" + id + "-D";
        // 84 h of span, the last 21 h are the warning window: 12 h before the deadline it is open
        Task warning = tasks.open(
                TaskKind.REPLY,
                Department.SERVICE,
                member.getUsername(),
                refWarning,
                at.minus(Duration.ofHours(72)),
                at.plus(Duration.ofHours(12)));
        // breached a minute ago: the head at once (0 working hours), not yet the general manager (8)
        Task breached = tasks.open(
                TaskKind.CONTAINMENT,
                Department.SERVICE,
                null,
                refHead,
                at.minus(Duration.ofDays(5)),
                at.minus(Duration.ofMinutes(1)));
        // breached a month ago: head and general manager in the same run
        Task longBreached = tasks.open(
                TaskKind.ACTION,
                Department.SERVICE,
                null,
                refBoth,
                at.minus(Duration.ofDays(60)),
                at.minus(Duration.ofDays(30)));
        Task paused = tasks.open(
                TaskKind.ANALYSE,
                Department.SERVICE,
                null,
                refPaused,
                at.minus(Duration.ofDays(60)),
                at.minus(Duration.ofDays(30)));
        tasks.pause(paused.getId(), at.minus(Duration.ofDays(31)));
        Task done = tasks.open(
                TaskKind.ANALYSE,
                Department.SERVICE,
                null,
                refDone,
                at.minus(Duration.ofDays(60)),
                at.minus(Duration.ofDays(30)));
        tasks.finish(done.getId(), at.minus(Duration.ofDays(31)));
        List<Long> all = List.of(warning.getId(), breached.getId(), longBreached.getId(), paused.getId(), done.getId());

        assertEquals(BatchStatus.COMPLETED, runJob(at));
        assertEquals(BatchStatus.COMPLETED, runJob(at));
        // a restart that lost the tasks' own state: the unique event keys still refuse a second announcement
        tasks.forgetAnnouncements(warning.getId());
        tasks.forgetAnnouncements(longBreached.getId());
        assertEquals(BatchStatus.COMPLETED, runJob(at.plusSeconds(60)));
        deliver(all);
        deliver(all);

        assertNotNull(tasks.find(warning.getId()).getWarnedAt());
        assertEquals(1, tasks.find(breached.getId()).getEscalationLevel());
        assertEquals(2, tasks.find(longBreached.getId()).getEscalationLevel());

        // the owner of the warned task, by name: one notification, one mail
        var warned = tasks.notificationsOf(warning.getId());
        assertEquals(1, warned.size(), warned.toString());
        assertEquals(
                "task-" + warning.getId() + "-warning:" + member.getUsername(),
                warned.get(0).getEventKey());
        assertEquals(1, received(member.getEmail(), refWarning).size());
        assertEquals(0, received(head.getEmail(), refWarning).size());

        // the head hears of both breaches once, in Chinese; the general manager only of the long one
        List<MimeMessage> toHead = received(head.getEmail(), refHead);
        assertEquals(1, toHead.size());
        assertTrue(
                toHead.get(0).getSubject().startsWith("[质量服务台]"), toHead.get(0).getSubject());
        assertEquals(1, received(head.getEmail(), refBoth).size());
        assertEquals(0, received("gm@quality-desk.example", refHead).size());
        assertEquals(1, received("gm@quality-desk.example", refBoth).size());
        assertEquals(0, received(member.getEmail(), refHead).size(), "members are not escalated to");

        // nobody hears twice of anything, and nothing of paused or finished tasks
        for (MimeMessage m : MailServer.received()) {
            String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
            assertEquals(
                    1,
                    MailServer.received().stream()
                            .filter(o -> {
                                try {
                                    return o.getSubject().equals(m.getSubject())
                                            && o.getRecipients(Message.RecipientType.TO)[0]
                                                    .toString()
                                                    .equals(to);
                                } catch (MessagingException e) {
                                    throw new IllegalStateException(e);
                                }
                            })
                            .count(),
                    "twice to " + to + ": " + m.getSubject());
            assertFalse(m.getSubject().contains(refPaused) || m.getSubject().contains(refDone), m.getSubject());
        }
        assertTrue(tasks.notificationsOf(paused.getId()).isEmpty());
        assertTrue(tasks.notificationsOf(done.getId()).isEmpty());
        for (long taskId : all) {
            for (OutgoingMail mail : tasks.mailsOf(taskId)) {
                assertEquals(MailStatus.SENT, mail.getStatus(), mail.getEventKey());
            }
        }
    }

    @Test
    void aTaskWithoutAStoredWarningWindowIsStillWarned_CF05() throws Exception {
        String id = unique();
        Instant at = workingMoment();
        String ref = "ESC-" + id + "-L";
        Task legacy = tasks.openWithoutWarningWindow(
                TaskKind.REPLY, Department.SERVICE, ref, at.minus(Duration.ofHours(72)), at.plus(Duration.ofHours(12)));
        assertNull(tasks.find(legacy.getId()).getWarnFrom());

        assertEquals(BatchStatus.COMPLETED, runJob(at));

        assertNotNull(tasks.find(legacy.getId()).getWarnedAt());
        assertFalse(tasks.notificationsOf(legacy.getId()).isEmpty());
    }

    @Test
    void aChangedWarningShareMovesTheWarningWindowOfOpenTasks_CF05() throws Exception {
        Instant at = workingMoment();
        // 100 h of span, 40 h left: outside the last 25 %, inside the last 50 %
        Instant start = at.minus(Duration.ofHours(60));
        Instant due = at.plus(Duration.ofHours(40));
        Task task = tasks.open(TaskKind.REPLY, Department.SERVICE, null, "ESC-" + unique() + "-S", start, due);
        assertEquals(due.minus(Duration.ofHours(25)), tasks.find(task.getId()).getWarnFrom());
        try {
            share(50);
            Instant expected = due.minus(Duration.ofHours(50));
            for (int i = 0; i < 300 && !expected.equals(tasks.find(task.getId()).getWarnFrom()); i++) {
                Thread.sleep(100);
            }
            assertEquals(expected, tasks.find(task.getId()).getWarnFrom());
            // now in its warning window, so the job warns it
            assertEquals(BatchStatus.COMPLETED, runJob(at));
            assertNotNull(tasks.find(task.getId()).getWarnedAt());
        } finally {
            share(25);
        }
    }

    private void share(int percent) throws Exception {
        as.admin(() -> {
            var setting = settings.all().stream()
                    .filter(s -> s.getParameter() == ProcedureParameter.TASK_WARNING_SHARE)
                    .findFirst()
                    .orElseThrow();
            return settings.change(ProcedureParameter.TASK_WARNING_SHARE, percent, setting.getVersion());
        });
    }

    @Test
    void theScheduleStartsNoJobAtNightAtWeekendsOrOnHolidays() throws Exception {
        ZoneId zone = calendars.current().zone();
        WorkingCalendar calendar = calendars.current();
        Instant night = calendar.nextWorkingMoment(Instant.now())
                .atZone(zone)
                .toLocalDate()
                .atTime(2, 0)
                .atZone(zone)
                .toInstant();
        Instant saturday = LocalDateTime.of(2031, 3, 15, 10, 0).atZone(zone).toInstant();
        Instant wednesday = LocalDateTime.of(2031, 3, 12, 10, 0).atZone(zone).toInstant();
        assertFalse(schedule.runsAt(night));
        assertFalse(schedule.runsAt(saturday));
        assertTrue(schedule.runsAt(wednesday));
        assertTrue(escalations.momentAt(night).isEmpty());

        long before = executions();
        assertTrue(schedule.startIfWorking(night).isEmpty());
        assertTrue(schedule.startIfWorking(saturday).isEmpty());
        assertEquals(before, executions());
    }

    @Test
    void onlyAnAdministratorStartsTheJobOnDemand() {
        assertThrows(Exception.class, () -> as.sales(() -> schedule.startNow(Instant.now())));
    }

    @Test
    void theInboxListsADepartmentsOpenTasksSoonestDueFirstWithTheirState_CF05() throws Exception {
        String id = unique();
        Instant now = Instant.now();
        Task late = tasks.open(
                TaskKind.CONTAINMENT,
                Department.PRODUCTION,
                null,
                "INB-" + id + "-1",
                now.minus(Duration.ofDays(9)),
                now.minus(Duration.ofDays(2)));
        Task soon = tasks.open(
                TaskKind.REPLY,
                Department.PRODUCTION,
                null,
                "INB-" + id + "-2",
                now.minus(Duration.ofDays(9)),
                now.plus(Duration.ofHours(1)));
        Task later = tasks.open(
                TaskKind.ACTION,
                Department.PRODUCTION,
                null,
                "INB-" + id + "-3",
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(20)));
        Task other = tasks.open(
                TaskKind.REPLY,
                Department.SALES,
                null,
                "INB-" + id + "-4",
                now.minus(Duration.ofDays(9)),
                now.minus(Duration.ofDays(1)));

        var filter = InboxFilter.of(EnumSet.of(Department.PRODUCTION), null).narrowed(null, "INB-" + id, false);
        List<InboxRow> rows = as.production(() -> inbox.page(filter, 0, 50)).rows();
        assertEquals(
                List.of(late.getId(), soon.getId(), later.getId()),
                rows.stream().map(r -> r.task().getId()).toList());
        assertEquals(
                List.of(DueState.OVERDUE, DueState.WARNING, DueState.ON_TIME),
                rows.stream().map(InboxRow::state).toList());
        assertTrue(rows.get(0).timeLeft().isNegative());
        assertFalse(rows.get(2).timeLeft().isNegative());

        var counts = as.production(() -> inbox.counts(filter));
        assertEquals(1, counts.overdue());
        assertEquals(1, counts.warning());
        assertEquals(1, counts.onTime());
        List<InboxRow> overdueOnly = as.production(() -> inbox.page(filter.narrowed(null, "INB-" + id, true), 0, 50))
                .rows();
        assertEquals(
                List.of(late.getId()),
                overdueOnly.stream().map(r -> r.task().getId()).toList());
        assertEquals(
                1,
                as.production(() -> inbox.page(filter.narrowed(TaskKind.ACTION, "INB-" + id, false), 0, 50))
                        .total());

        // another department's inbox is not production's to read; the general manager reads all
        var foreign = InboxFilter.of(EnumSet.of(Department.SALES), null);
        var refused = assertThrows(Exception.class, () -> as.production(() -> inbox.page(foreign, 0, 10)));
        assertTrue(rootCause(refused) instanceof RuleViolation, refused.toString());
        assertNull(other.getDoneAt());
    }

    @Test
    void aPersonReadsAndClearsTheirOwnNotificationsOnly() throws Exception {
        String id = unique();
        var reader = new Account("it-PRODUCTION", "Production in the tests", "x", EnumSet.of(Department.PRODUCTION));
        var someoneElse = new Account("it-other-" + id, "Someone else", "x", EnumSet.of(Department.PRODUCTION));
        String event = "it-event-" + id;
        int told = as.production(() -> notifications.notify(
                event,
                List.of(reader, someoneElse),
                "notification.task.warning",
                List.of("R", "S", "D", "SALES"),
                null,
                null));
        assertEquals(2, told);
        assertEquals(0, (int) as.production(() -> notifications.notify(
                event,
                List.of(reader, someoneElse),
                "notification.task.warning",
                List.of("R", "S", "D", "SALES"),
                null,
                null)));

        long unread = as.production(() -> notifications.unreadCount());
        assertTrue(unread >= 1);
        var mine = as.production(() -> notifications.unread());
        var n = mine.stream()
                .filter(x -> x.getEventKey().equals(event + ":it-PRODUCTION"))
                .findFirst()
                .orElseThrow();
        as.production(() -> {
            notifications.markRead(n.getId());
            return null;
        });
        assertEquals(unread - 1, (long) as.production(() -> notifications.unreadCount()));
    }

    private long executions() {
        return jobs.instanceCount(EscalationSchedule.JOB);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
