package com.qualitydesk.web.calendar;

import com.qualitydesk.calendar.CalendarDay;
import com.qualitydesk.calendar.DayKind;
import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.calendar.WorkingHours;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * calendar/calendar.xhtml: the working calendar of one year (overview, holidays and make-up
 * working days), the working hours, the holiday file import and a deadline to try. Every rule
 * stays in {@link WorkingCalendars} and {@link WorkingCalendar}; this only shows and forwards.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest holiday file accepted; a year's feed is a few kilobytes. */
    public static final long MAX_UPLOAD_BYTES = 2L * 1024 * 1024;

    @Inject
    WorkingCalendars calendars;

    @Inject
    UserMessages messages;

    @Inject
    UserSession user;

    @Inject
    Clock clock;

    private int year;
    private List<CalendarDay> days = List.of();
    private List<MonthView> months = List.of();
    private long workingDayCount;
    private CalendarDay editing;

    private WorkingHours hours;
    private List<String> weekend = new ArrayList<>();

    private boolean importAllYears;

    private LocalDateTime tryStart;
    private Integer tryDays = 2;
    private Instant tryDue;
    private Instant tryCountsFrom;

    /** One small month of the overview: weeks from Monday to Sunday, null where another month is. */
    public record MonthView(int month, List<List<DayCell>> weeks) implements Serializable {}

    /** One day of the overview, with what the calendar makes of it. */
    public record DayCell(LocalDate date, String styleClass, DayKind kind, String name) implements Serializable {
        public String iso() {
            return date.toString();
        }

        public int dayOfMonth() {
            return date.getDayOfMonth();
        }
    }

    @PostConstruct
    void init() {
        year = LocalDate.now(clock).getYear();
        tryStart = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        loadHours();
        load();
    }

    // ---- year overview and list

    public void previousYear() {
        year--;
        load();
    }

    public void nextYear() {
        year++;
        load();
    }

    public void thisYear() {
        year = LocalDate.now(clock).getYear();
        load();
    }

    private void load() {
        messages.attempt(
                () -> {
                    days = calendars.daysOf(year);
                    WorkingCalendar calendar = calendars.current();
                    LocalDate first = LocalDate.of(year, 1, 1);
                    workingDayCount = first.datesUntil(first.plusYears(1))
                            .filter(calendar::isWorkingDay)
                            .count();
                },
                null);
        months = buildMonths();
    }

    private List<MonthView> buildMonths() {
        Map<LocalDate, CalendarDay> byDate =
                days.stream().collect(Collectors.toMap(CalendarDay::getDate, Function.identity()));
        Set<DayOfWeek> weekendDays = hours == null ? EnumSet.noneOf(DayOfWeek.class) : hours.getWeekendDays();
        LocalDate today = LocalDate.now(clock);
        var result = new ArrayList<MonthView>();
        for (Month m : Month.values()) {
            LocalDate first = LocalDate.of(year, m, 1);
            var weeks = new ArrayList<List<DayCell>>();
            var week = new ArrayList<DayCell>();
            for (int i = 1; i < first.getDayOfWeek().getValue(); i++) {
                week.add(null);
            }
            for (LocalDate d = first; d.getMonth() == m; d = d.plusDays(1)) {
                CalendarDay special = byDate.get(d);
                String style = special != null
                        ? (special.getKind() == DayKind.HOLIDAY ? "qd-cal-holiday" : "qd-cal-workday")
                        : weekendDays.contains(d.getDayOfWeek()) ? "qd-cal-weekend" : "qd-cal-normal";
                if (d.equals(today)) {
                    style += " qd-cal-today";
                }
                week.add(new DayCell(
                        d,
                        style,
                        special == null ? null : special.getKind(),
                        special == null ? null : special.getName()));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(null);
                }
                weeks.add(week);
            }
            result.add(new MonthView(m.getValue(), weeks));
        }
        return result;
    }

    // ---- one calendar day

    public void startNew() {
        LocalDate today = LocalDate.now(clock);
        editing = new CalendarDay(today.getYear() == year ? today : LocalDate.of(year, 1, 1), DayKind.HOLIDAY, null);
    }

    /** A click on a day of the overview: the stored entry of that date, or a new one for it. */
    public void startEditDate() {
        String param = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("date");
        LocalDate date;
        try {
            date = LocalDate.parse(String.valueOf(param));
        } catch (DateTimeParseException e) {
            editing = null;
            return;
        }
        editing = null;
        messages.attempt(() -> editing = storedCopy(date), null);
        if (editing == null) {
            // on a day off people are most likely to enter a make-up working day, else a holiday
            boolean dayOff = hours != null && hours.getWeekendDays().contains(date.getDayOfWeek());
            editing = new CalendarDay(date, dayOff ? DayKind.WORKDAY : DayKind.HOLIDAY, null);
        }
    }

    public void startEdit(CalendarDay row) {
        editing = row;
        // a fresh copy: the dialog edits the stored state, with the version it was read at
        messages.attempt(
                () -> {
                    CalendarDay stored = storedCopy(row.getDate());
                    if (stored != null && stored.getId().equals(row.getId())) {
                        editing = stored;
                    }
                },
                null);
    }

    private CalendarDay storedCopy(LocalDate date) {
        return calendars.daysOf(date.getYear()).stream()
                .filter(d -> d.getDate().equals(date))
                .findFirst()
                .orElse(null);
    }

    public void save() {
        if (messages.attempt(() -> editing = calendars.save(editing), "calendar.day.saved")) {
            PrimeFaces.current().executeScript("PF('dayDialog').hide()");
            year = editing.getDate().getYear();
            load();
        }
    }

    public void remove(CalendarDay day) {
        if (day == null || day.getId() == null) {
            return;
        }
        String shown = date(day.getDate());
        if (messages.attempt(() -> calendars.remove(day.getId()), null)) {
            messages.info("calendar.day.removed", shown);
            PrimeFaces.current().executeScript("PF('dayDialog').hide()");
            load();
        }
    }

    public void removeEditing() {
        remove(editing);
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    // ---- working hours

    private void loadHours() {
        messages.attempt(() -> hours = calendars.hours(), null);
        if (hours == null) {
            hours = new WorkingHours();
        }
        weekend = hours.getWeekendDays().stream().map(DayOfWeek::name).collect(Collectors.toList());
    }

    public void saveHours() {
        hours.setWeekendDays(weekend.stream()
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))));
        if (messages.attempt(() -> hours = calendars.saveHours(hours), "calendar.hours.saved")) {
            loadHours();
            load();
        }
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    // ---- holiday file

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (file == null) {
            return;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".ics")) {
            messages.error("calendar.import.invalidType");
            return;
        }
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            messages.error("calendar.import.tooLarge");
            return;
        }
        byte[] content = file.getContent();
        Integer only = importAllYears ? null : year;
        var result = new WorkingCalendars.ImportResult[1];
        if (messages.attempt(() -> result[0] = calendars.importIcs(only, content), null)) {
            messages.info(
                    "calendar.import.done",
                    result[0].created(),
                    result[0].updated(),
                    result[0].unchanged(),
                    file.getFileName());
            load();
        }
    }

    public String getImportScopeYear() {
        return messages.text("calendar.import.scope.year", getYearText());
    }

    public long getMaxUploadBytes() {
        return MAX_UPLOAD_BYTES;
    }

    // ---- a deadline to try

    public void computeDeadline() {
        tryDue = null;
        tryCountsFrom = null;
        messages.attempt(
                () -> {
                    WorkingCalendar calendar = calendars.current();
                    Instant start = tryStart.atZone(calendar.zone()).toInstant();
                    tryCountsFrom = calendar.nextWorkingMoment(start);
                    tryDue = calendar.addWorkingDays(start, tryDays);
                },
                null);
    }

    // ---- texts in the reader's language

    private Locale locale() {
        return user.getLocale();
    }

    public String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale());
    }

    /** Monday to Sunday, as short as the language writes them. */
    public List<String> getWeekdayHeaders() {
        return Arrays.stream(DayOfWeek.values())
                .map(d -> d.getDisplayName(TextStyle.NARROW_STANDALONE, locale()))
                .toList();
    }

    public String weekday(LocalDate date) {
        return date == null ? "" : weekdayName(date.getDayOfWeek());
    }

    public String weekdayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale());
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(date);
    }

    /** A deadline as people read it: weekday, date and time in the company's zone. */
    public String moment(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale())
                .format(instant.atZone(clock.getZone()));
    }

    /** A calendar day as the history dialog and the questions name it. */
    public String label(CalendarDay day) {
        return day == null ? "" : date(day.getDate()) + " · " + day.getName();
    }

    public String removeQuestion(CalendarDay day) {
        return day == null ? "" : messages.text("calendar.day.remove.confirm", date(day.getDate()), day.getName());
    }

    /** The tooltip of a day of the overview. */
    public String title(DayCell cell) {
        String text = weekday(cell.date()) + " " + date(cell.date());
        if (cell.kind() != null) {
            text += " · " + messages.text("calendar.kind." + cell.kind()) + " · " + cell.name();
        }
        return text;
    }

    // ---- properties

    public int getYear() {
        return year;
    }

    /** The year as a label: never grouped like a number ("2,026"). */
    public String getYearText() {
        return Integer.toString(year);
    }

    public List<CalendarDay> getDays() {
        return days;
    }

    public List<MonthView> getMonths() {
        return months;
    }

    public long getWorkingDayCount() {
        return workingDayCount;
    }

    public long getHolidayCount() {
        return days.stream().filter(d -> d.getKind() == DayKind.HOLIDAY).count();
    }

    public long getMakeUpCount() {
        return days.stream().filter(d -> d.getKind() == DayKind.WORKDAY).count();
    }

    public CalendarDay getEditing() {
        return editing;
    }

    public WorkingHours getHours() {
        return hours;
    }

    public List<String> getWeekend() {
        return weekend;
    }

    public void setWeekend(List<String> weekend) {
        this.weekend = weekend == null ? new ArrayList<>() : new ArrayList<>(weekend);
    }

    public boolean isImportAllYears() {
        return importAllYears;
    }

    public void setImportAllYears(boolean importAllYears) {
        this.importAllYears = importAllYears;
    }

    public LocalDateTime getTryStart() {
        return tryStart;
    }

    public void setTryStart(LocalDateTime tryStart) {
        this.tryStart = tryStart;
    }

    public Integer getTryDays() {
        return tryDays;
    }

    public void setTryDays(Integer tryDays) {
        this.tryDays = tryDays;
    }

    public Instant getTryDue() {
        return tryDue;
    }

    public Instant getTryCountsFrom() {
        return tryCountsFrom;
    }
}
