-- The dispatch job's steps as the batch runtime recorded them (partitions are rows of their own).
SELECT stepname, batchstatus, writecount, endtime - starttime AS took
FROM jbatchSTEPEXECUTIONINSTANCEDATA ORDER BY stepexecid;
