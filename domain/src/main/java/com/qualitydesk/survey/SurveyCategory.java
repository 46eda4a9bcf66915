package com.qualitydesk.survey;

import com.qualitydesk.security.Department;

/**
 * What a questionnaire item asks about. The category decides which department improves it when a
 * customer is dissatisfied (CS-07 by the IM-02 mapping).
 */
public enum SurveyCategory {
    PRODUCT_QUALITY(Department.QUALITY),
    DELIVERY(Department.SALES),
    SERVICE(Department.SALES),
    PRODUCT_PERFORMANCE(Department.TECHNICAL),
    PRICE(Department.FINANCE),
    PROCESS(Department.PRODUCTION);

    private final Department responsible;

    SurveyCategory(Department responsible) {
        this.responsible = responsible;
    }

    /** IM-02: the department that improves what this category measures. */
    public Department responsible() {
        return responsible;
    }
}
