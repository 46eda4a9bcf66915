package com.qualitydesk.web.shared;

import com.qualitydesk.web.security.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times in the company's zone and the reader's locale, the same on every screen. */
@Named
@RequestScoped
public class Formats {

    @Inject
    UserSession user;

    @Inject
    Clock clock;

    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(user.getLocale())
                        .withZone(clock.getZone())
                        .format(instant);
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(user.getLocale())
                        .format(date);
    }
}
