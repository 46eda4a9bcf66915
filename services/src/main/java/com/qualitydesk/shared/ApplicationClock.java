package com.qualitydesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now" for services and jobs, in the company's time zone (QD_ZONE), because
 * working days and working hours are local.
 */
@ApplicationScoped
public class ApplicationClock {

    @Inject
    @ConfigProperty(name = "qd.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Produces
    public Clock clock() {
        return Clock.system(ZoneId.of(zone));
    }
}
