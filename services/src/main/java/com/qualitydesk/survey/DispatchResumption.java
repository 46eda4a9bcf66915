package com.qualitydesk.survey;

import com.qualitydesk.jobs.BatchJobs;
import com.qualitydesk.jobs.RunInterrupted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * CS-04: a dispatch that died with its server goes on from its last checkpoint by itself, with the
 * parameters it was started with: the recipients invited before stay invited once, their mails
 * handed over stay handed (or in doubt), and nobody has to press anything.
 */
@ApplicationScoped
public class DispatchResumption {

    @Inject
    SurveyDispatch dispatch;

    void resume(@Observes RunInterrupted run) {
        if (!BatchJobs.SURVEY_DISPATCH.equals(run.job()) || run.parameter("campaignId") == null) {
            return;
        }
        String chunk = run.parameter("chunkSize");
        dispatch.run(
                Long.parseLong(run.parameter("campaignId")),
                chunk == null ? SurveyDispatch.DEFAULT_CHUNK : Integer.parseInt(chunk));
    }
}
