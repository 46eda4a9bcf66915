package com.qualitydesk.security;

import com.qualitydesk.settings.ProcedureParameter;
import java.time.Duration;

/**
 * The ways into the application that need no account. Each admits at most so many attempts per
 * network address within an hour, its procedure parameter: a flood or a guessing program from one
 * address is turned away, the people behind other addresses are not.
 */
public enum PublicEntrance {
    /** CC-02: a comment from the website, by the public page or the website's REST call; each submission counts. */
    WEBSITE_FEEDBACK(ProcedureParameter.CC02_INTAKE_PER_HOUR),
    /** CS-04: the questionnaire behind an e-mailed link; each link that opens no questionnaire counts. */
    SURVEY_LINK(ProcedureParameter.CS04_BAD_LINKS_PER_HOUR);

    /** How long an address's count lasts, from its first attempt. */
    public static final Duration WINDOW = Duration.ofHours(1);

    private final ProcedureParameter limit;

    PublicEntrance(ProcedureParameter limit) {
        this.limit = limit;
    }

    /** The parameter that holds how many attempts an address has within the hour. */
    public ProcedureParameter limit() {
        return limit;
    }
}
