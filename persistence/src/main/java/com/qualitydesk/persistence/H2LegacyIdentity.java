package com.qualitydesk.persistence;

import java.sql.SQLException;

/**
 * The embedded H2 database runs in MODE=LEGACY because EclipseLink reads a new row's id with
 * {@code CALL IDENTITY()}, which only that mode offers. The same mode also "updates the sequence
 * on manual identity insertion", and H2 (2.2 and 2.3) takes every generated id for a manual one:
 * each inserted row writes its table's sequence in a transaction of its own. With every commit
 * written at once ({@link QualityDeskDataSource#durable}), that is a store of the whole open
 * transaction per row: an import of 20,000 deliveries with their call-backs took over four
 * minutes instead of under half a minute (AS-05 benchmark). No statement of Quality Desk gives
 * an identity column a value by hand, so that one feature of the mode is switched off; the
 * sequences still write their cached margin as H2 always does.
 */
final class H2LegacyIdentity {

    private static volatile boolean done;

    private H2LegacyIdentity() {}

    /** Called once the H2 driver of the application is loaded, before its database opens. */
    static void noSequenceWritePerRow(ClassLoader loader) throws SQLException {
        if (done) {
            return; // once per driver, not once per pooled connection
        }
        try {
            Class<?> mode = Class.forName("org.h2.engine.Mode", true, loader);
            Object legacy = mode.getMethod("getInstance", String.class).invoke(null, "LEGACY");
            mode.getField("updateSequenceOnManualIdentityInsertion").setBoolean(legacy, false);
            done = true;
        } catch (ReflectiveOperationException e) {
            throw new SQLException("This H2 version cannot be tuned for Quality Desk: " + e, e);
        }
    }
}
