package com.qualitydesk.web.aftersales;

import com.qualitydesk.aftersales.CallBack;
import com.qualitydesk.aftersales.CallBackFilter;
import com.qualitydesk.aftersales.CallBackMonth;
import com.qualitydesk.aftersales.CallBacks;
import com.qualitydesk.security.Department;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * After-sales → Call-backs (AS-05): SALES's list of the call-backs after delivered batches, the
 * outcome dialog, and the month view with the year's chart. The rules are the service's.
 */
@Named
@ViewScoped
public class CallBacksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallBacks callBacks;

    @Inject
    UserMessages messages;

    @Inject
    Clock clock;

    @Inject
    UserSession user;

    /** SALES and ADMIN record outcomes and close objections (the service checks it again). */
    public boolean isMayRecord() {
        return user.departments().contains(Department.SALES)
                || user.departments().contains(Department.ADMIN);
    }

    private EntityLazyModel<CallBack> model;
    private CallBackFilter.State state;
    private YearMonth month;

    // the outcome dialog: the call-back and the version it was shown with
    private CallBack recording;
    private boolean objection;
    private String objectionText;

    @PostConstruct
    void init() {
        month = YearMonth.now(clock);
        model = new EntityLazyModel<>(request -> {
            Map<String, Object> f = request.filters();
            var filter = new CallBackFilter(
                    text(f.get("customer.code")), text(f.get("delivery.lotNumber")), state, null, null);
            return callBacks.page(
                    filter,
                    new PageRequest(
                            request.first(), request.size(), request.sortField(), request.ascending(), Map.of()));
        });
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public void startRecording(CallBack row) {
        recording = callBacks.find(row.getId()).orElse(row);
        objection = false;
        objectionText = null;
    }

    /** Records the outcome once; a second click finds the call-back done or changed, and is told. */
    public void record() {
        if (recording == null) {
            return;
        }
        long id = recording.getId();
        long version = recording.getVersion();
        boolean ok = objection
                ? messages.attempt(
                        () -> recording = callBacks.recordObjection(id, version, objectionText),
                        "callBack.objection.recorded")
                : messages.attempt(
                        () -> recording = callBacks.recordNoObjection(id, version), "callBack.noObjection.recorded");
        if (ok) {
            PrimeFaces.current().executeScript("PF('outcomeDialog').hide()");
        }
    }

    public boolean overdue(CallBack row) {
        return row.isOverdue(clock.instant());
    }

    /** The state people read: due, overdue, done, objection, closed. */
    public String stateKey(CallBack row) {
        return row.isOverdue(clock.instant()) ? "callBack.state.OVERDUE" : "callBack.status." + row.getStatus();
    }

    public SortMeta getDefaultSort() {
        return SortMeta.builder().field("dueAt").order(SortOrder.ASCENDING).build();
    }

    public CallBackMonth getMonthFigures() {
        return callBacks.month(month);
    }

    /** The year's months as a stacked bar chart (Chart.js through p:chart, as the survey statistics). */
    public String getYearChartJson() {
        List<CallBackMonth> months = callBacks.year(month.getYear());
        var labels = new StringBuilder();
        var done = new StringBuilder();
        var overdue = new StringBuilder();
        var objections = new StringBuilder();
        for (CallBackMonth m : months) {
            if (labels.length() > 0) {
                labels.append(',');
                done.append(',');
                overdue.append(',');
                objections.append(',');
            }
            labels.append('"').append(m.month()).append('"');
            done.append(m.done() - m.objections());
            overdue.append(m.overdue());
            objections.append(m.objections());
        }
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + dataset(messages.text("callBack.month.doneNoObjection"), done, "#2e7d32") + ","
                + dataset(messages.text("callBack.month.objections"), objections, "#e0a100") + ","
                + dataset(messages.text("callBack.month.overdue"), overdue, "#c62828") + "]},"
                + "\"options\":{\"scales\":{\"x\":{\"stacked\":true},\"y\":{\"stacked\":true,\"beginAtZero\":true}},"
                + "\"plugins\":{\"title\":{\"display\":true,\"text\":"
                + quote(messages.text("callBack.month.chart", month.getYear()))
                + "}}}}";
    }

    private static String dataset(String label, CharSequence data, String colour) {
        return "{\"label\":" + quote(label) + ",\"data\":[" + data + "],\"backgroundColor\":\"" + colour + "\"}";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public String getMonthText() {
        return month.toString();
    }

    public void setMonthText(String text) {
        try {
            month = YearMonth.parse(text);
        } catch (RuntimeException e) {
            month = YearMonth.now(clock);
        }
    }

    /** The months offered: this one and the eleven before it, and the next one. */
    public List<String> getMonths() {
        YearMonth now = YearMonth.now(clock);
        return java.util.stream.IntStream.rangeClosed(-1, 11)
                .mapToObj(i -> now.minusMonths(i).toString())
                .toList();
    }

    public String percent(int value) {
        return String.format(Locale.ROOT, "%d %%", value);
    }

    public CallBackFilter.State[] getStates() {
        return CallBackFilter.State.values();
    }

    public Instant getNow() {
        return clock.instant();
    }

    public EntityLazyModel<CallBack> getModel() {
        return model;
    }

    public CallBackFilter.State getState() {
        return state;
    }

    public void setState(CallBackFilter.State state) {
        this.state = state;
    }

    public CallBack getRecording() {
        return recording;
    }

    public boolean isObjection() {
        return objection;
    }

    public void setObjection(boolean objection) {
        this.objection = objection;
    }

    public String getObjectionText() {
        return objectionText;
    }

    public void setObjectionText(String objectionText) {
        this.objectionText = objectionText;
    }
}
