-- The Jakarta Batch job repository (Payara's JBatch tables, default prefix "jbatch"), created here
-- rather than by the batch runtime: on PostgreSQL the runtime would create them inside the
-- transaction of the first job start, and a rollback there would take the tables with it.
-- On H2 the runtime creates them itself (H2 commits DDL at once). Columns as Payara's PostgreSQL DDL.

CREATE TABLE IF NOT EXISTS jbatchJOBINSTANCEDATA (
    jobinstanceid SERIAL NOT NULL PRIMARY KEY,
    name CHARACTER VARYING(512),
    apptag VARCHAR(512)
);

CREATE TABLE IF NOT EXISTS jbatchEXECUTIONINSTANCEDATA (
    jobexecid SERIAL NOT NULL PRIMARY KEY,
    jobinstanceid BIGINT NOT NULL REFERENCES jbatchJOBINSTANCEDATA (jobinstanceid),
    createtime TIMESTAMP,
    starttime TIMESTAMP,
    endtime TIMESTAMP,
    updatetime TIMESTAMP,
    parameters BYTEA,
    batchstatus CHARACTER VARYING(512),
    exitstatus CHARACTER VARYING(512)
);

CREATE TABLE IF NOT EXISTS jbatchSTEPEXECUTIONINSTANCEDATA (
    stepexecid SERIAL NOT NULL PRIMARY KEY,
    jobexecid BIGINT NOT NULL REFERENCES jbatchEXECUTIONINSTANCEDATA (jobexecid),
    batchstatus CHARACTER VARYING(512),
    exitstatus CHARACTER VARYING(512),
    stepname CHARACTER VARYING(512),
    readcount INTEGER,
    writecount INTEGER,
    commitcount INTEGER,
    rollbackcount INTEGER,
    readskipcount INTEGER,
    processskipcount INTEGER,
    filtercount INTEGER,
    writeskipcount INTEGER,
    starttime TIMESTAMP,
    endtime TIMESTAMP,
    persistentdata BYTEA
);

CREATE TABLE IF NOT EXISTS jbatchJOBSTATUS (
    id BIGINT NOT NULL REFERENCES jbatchJOBINSTANCEDATA (jobinstanceid),
    obj BYTEA
);

CREATE TABLE IF NOT EXISTS jbatchSTEPSTATUS (
    id BIGINT NOT NULL REFERENCES jbatchSTEPEXECUTIONINSTANCEDATA (stepexecid),
    obj BYTEA
);

CREATE TABLE IF NOT EXISTS jbatchCHECKPOINTDATA (
    id CHARACTER VARYING(512),
    obj BYTEA
);
