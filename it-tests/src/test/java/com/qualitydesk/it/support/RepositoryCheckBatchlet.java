package com.qualitydesk.it.support;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** The smallest job there is: it lets a test see where the batch runtime records its executions. */
@Named
@Dependent
public class RepositoryCheckBatchlet extends AbstractBatchlet {

    @Override
    public String process() {
        return "COMPLETED";
    }
}
