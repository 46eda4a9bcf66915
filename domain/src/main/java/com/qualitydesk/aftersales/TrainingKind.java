package com.qualitydesk.aftersales;

/** What OFFICE trains service personnel in (AS-01): professional ethics, business skills, the product. */
public enum TrainingKind {
    PROFESSIONAL_ETHICS,
    BUSINESS_SKILLS,
    PRODUCT
}
