package com.qualitydesk.jobs;

import java.util.Properties;

/**
 * A job execution died with its server and is now marked failed; the feature that owns the job
 * resumes it (the survey dispatch, the escalation), so that after a crash nobody has to.
 */
public record RunInterrupted(long execution, String job, Properties parameters) {

    public String parameter(String name) {
        return parameters == null ? null : parameters.getProperty(name);
    }
}
