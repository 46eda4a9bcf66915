package com.qualitydesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An embedded H2 file database writes every commit at once, so a killed server loses nothing committed. */
class QualityDeskDataSourceTest {

    @Test
    void anH2FileDatabaseWritesEachCommitAtOnce() {
        assertEquals(
                "jdbc:h2:file:/data/db/quality-desk;MODE=LEGACY;WRITE_DELAY=0",
                QualityDeskDataSource.durable("jdbc:h2:file:/data/db/quality-desk;MODE=LEGACY"));
    }

    @Test
    void aWriteDelayTheOperatorChoseIsKept() {
        String url = "jdbc:h2:file:/data/db/quality-desk;write_delay=100";
        assertEquals(url, QualityDeskDataSource.durable(url));
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        assertEquals(
                "jdbc:postgresql://127.0.0.1:5432/qd",
                QualityDeskDataSource.durable("jdbc:postgresql://127.0.0.1:5432/qd"));
        assertEquals("jdbc:h2:mem:test", QualityDeskDataSource.durable("jdbc:h2:mem:test"));
    }
}
