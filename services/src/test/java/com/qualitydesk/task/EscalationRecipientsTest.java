package com.qualitydesk.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qualitydesk.security.Account;
import com.qualitydesk.security.Department;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CF-05, IM-01: who hears of an overdue step; an overdue action also reaches the sales manager. */
class EscalationRecipientsTest {

    private static Account account(String name, Department department, boolean head) {
        var account = new Account(name, name, "x", EnumSet.of(department));
        account.setDepartmentHead(head);
        return account;
    }

    private static final List<Account> EVERYONE = List.of(
            account("wang", Department.PRODUCTION, false),
            account("zhou", Department.PRODUCTION, true),
            account("liu", Department.SALES, true),
            account("chen", Department.SALES, false),
            account("zhao", Department.GENERAL_MANAGER, false));

    private static Task task(TaskKind kind) {
        Instant now = Instant.parse("2026-12-04T08:00:00Z");
        return new Task(kind, Department.PRODUCTION, null, null, 7L, "A-7", "Regrind", now, now);
    }

    private static List<String> heads(TaskKind kind) {
        return new Escalations.Recipients(EVERYONE)
                .of(EscalationStep.HEAD, task(kind)).stream()
                        .map(Account::getUsername)
                        .toList();
    }

    @Test
    void anOverdueActionGoesToItsDepartmentsHeadAndToTheSalesManager_IM01() {
        assertEquals(List.of("zhou", "liu"), heads(TaskKind.ACTION));
    }

    @Test
    void anyOtherOverdueStepGoesToItsDepartmentsHeadAlone_CF05() {
        assertEquals(List.of("zhou"), heads(TaskKind.VERIFICATION));
    }
}
