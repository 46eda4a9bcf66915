package com.qualitydesk.platform;

import com.qualitydesk.jobs.ScheduledTurns;
import com.qualitydesk.jobs.ScheduledWork;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Every night at 02:30 (Shanghai time), while nobody works, the embedded database is backed up. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyBackup {

    private static final Logger LOG = Logger.getLogger(NightlyBackup.class.getName());

    @Inject
    DatabaseBackup backup;

    @Inject
    ScheduledTurns turns;

    @Schedule(hour = "2", minute = "30", timezone = "Asia/Shanghai", persistent = false)
    void nightly() {
        try {
            if (turns.take(ScheduledWork.DATABASE_BACKUP)) {
                backup.backUp();
            }
        } catch (RuntimeException e) {
            // the timer must keep running: the next night tries again, and the log tells IT
            LOG.severe("Nightly database backup failed: " + e);
        }
    }
}
