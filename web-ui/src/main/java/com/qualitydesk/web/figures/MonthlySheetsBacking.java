package com.qualitydesk.web.figures;

import com.qualitydesk.customer.ImportProblem;
import com.qualitydesk.figures.CapabilityStatus;
import com.qualitydesk.figures.DefectPareto;
import com.qualitydesk.figures.FigureKey;
import com.qualitydesk.figures.FiguresStep;
import com.qualitydesk.figures.MonthlySheet;
import com.qualitydesk.figures.MonthlySheets;
import com.qualitydesk.figures.SheetAcceptance;
import com.qualitydesk.figures.SheetCorrection;
import com.qualitydesk.figures.SheetDepartment;
import com.qualitydesk.figures.SheetFigure;
import com.qualitydesk.figures.SheetFile;
import com.qualitydesk.figures.SheetFilling;
import com.qualitydesk.figures.SheetGrid;
import com.qualitydesk.figures.SheetImport;
import com.qualitydesk.figures.SheetStatus;
import com.qualitydesk.figures.SheetSubmission;
import com.qualitydesk.figures.SheetTargets;
import com.qualitydesk.figures.SheetValue;
import com.qualitydesk.web.customer.ImportTexts;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * CS-09, Figures → Monthly sheets: a department's operating figures of a month, the ones filled in
 * from the system's records marked so, the ones the department enters (on screen or by a CSV or
 * Excel file), submission to SALES, SALES's acceptance, corrections with a reason after
 * submission, the PDF in English or Chinese; and the completeness grid of the departments' last
 * twelve months. "?department=QUALITY&amp;month=2026-03" opens one sheet (the inbox step and the
 * grid link so). The rules and the rights are the services'; this holds what the screen shows.
 */
@Named
@ViewScoped
public class MonthlySheetsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The correction dialog's fields, by the rule's message key. */
    private static final Map<String, String> CORRECTION_FIELDS = Map.of(
            "monthlySheet.correct.reason.required", "correctionForm:reason",
            "monthlySheet.correct.reason.tooLong", "correctionForm:reason",
            "monthlySheet.correct.value.required", "correctionForm:value",
            "monthlySheet.correct.unchanged", "correctionForm:value",
            "monthlySheet.value.negative", "correctionForm:value",
            "monthlySheet.value.whole", "correctionForm:value",
            "monthlySheet.value.cents", "correctionForm:value",
            "monthlySheet.passedAboveInspected", "correctionForm:value",
            "monthlySheet.failedAboveFailing", "correctionForm:value");

    @Inject
    MonthlySheets sheets;

    @Inject
    SheetFilling filling;

    @Inject
    SheetImport imports;

    @Inject
    SheetSubmission submission;

    @Inject
    SheetAcceptance acceptance;

    @Inject
    SheetCorrection correction;

    @Inject
    UserMessages messages;

    @Inject
    UserSession user;

    @Inject
    ExternalContext external;

    @Inject
    Clock clock;

    private SheetDepartment department;
    private String month;
    private YearMonth shownMonth;
    private transient MonthlySheet sheet;
    private transient SheetTargets targets;
    private List<String> families = List.of();
    private final Map<String, BigDecimal> inputs = new HashMap<>();
    private String remark;
    private List<ImportProblem> problems = List.of();
    private final List<DefectRow> defectRows = new ArrayList<>();

    private String gridLast;
    private transient SheetGrid grid;

    private String correctionKey;
    private BigDecimal correctionValue;
    private String correctionReason;

    @PostConstruct
    void init() {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        var parameters = external.getRequestParameterMap();
        department = parse(parameters.get("department")).orElseGet(() -> user.departments().stream()
                .map(SheetDepartment::of)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(SheetDepartment.SALES));
        month = Optional.ofNullable(parameters.get("month"))
                .filter(m -> m.matches("\\d{4}-\\d{2}"))
                .orElse(last.toString());
        gridLast = last.toString();
        show();
    }

    private static Optional<SheetDepartment> parse(String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(SheetDepartment.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // ---- the shown sheet

    /**
     * Shows the chosen department's sheet of the chosen month. Its keeper opens it (a sheet not
     * yet submitted is counted anew from the records); anyone else reads what is stored.
     */
    public void show() {
        problems = List.of();
        YearMonth chosen = month();
        if (chosen == null) {
            messages.error("monthlySheet.month.invalid", month);
            return;
        }
        shownMonth = chosen;
        sheet = null;
        if (isKeeper()) {
            var opened = sheets.find(department, chosen).filter(MonthlySheet::isFrozen);
            if (opened.isPresent()) {
                sheet = opened.get();
            } else {
                messages.attempt(() -> sheet = filling.open(department, chosen), null);
            }
        } else {
            messages.attempt(() -> sheet = sheets.find(department, chosen).orElse(null), null);
        }
        targets = sheets.targets();
        loadInputs();
    }

    public void previousMonth() {
        YearMonth m = month();
        month = (m == null ? YearMonth.now(clock) : m).minusMonths(1).toString();
        show();
    }

    public void nextMonth() {
        YearMonth m = month();
        month = (m == null ? YearMonth.now(clock) : m).plusMonths(1).toString();
        show();
    }

    private YearMonth month() {
        try {
            return month == null ? null : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void reload() {
        sheet = sheets.find(department, shownMonth).orElse(null);
        loadInputs();
        grid = null;
    }

    /** The entered figures as the inputs show them; QUALITY sees a row for every product family. */
    private void loadInputs() {
        inputs.clear();
        defectRows.clear();
        remark = sheet == null ? null : sheet.getRemark();
        var all = new TreeSet<String>();
        if (sheet != null) {
            for (SheetValue v : sheet.getValues()) {
                if (v.getFigure().breakdown() == SheetFigure.Breakdown.DEFECT) {
                    defectRows.add(new DefectRow(v.getDefect(), v.getValue()));
                } else if (v.getFigure().isEntered()) {
                    inputs.put(key(v.getFigure(), v.getProductFamily()), v.getValue());
                }
            }
            all.addAll(sheet.families());
        }
        if (isEntersDefects() && isEditable()) {
            defectRows.add(new DefectRow(null, null));
        }
        boolean entersPerFamily = SheetFigure.enteredBy(department).stream()
                .anyMatch(f -> f.breakdown() == SheetFigure.Breakdown.PRODUCT_FAMILY);
        if (entersPerFamily && isEditable()) {
            all.addAll(sheets.productFamilies());
        }
        families = List.copyOf(all);
    }

    /** Saves what the department entered, as a draft. */
    public void save() {
        if (sheet == null) {
            return;
        }
        if (messages.attempt(
                () -> filling.enter(department, shownMonth, sheet.getVersion(), entered(), remark),
                "monthlySheet.saved")) {
            reload();
        }
    }

    /** Saves what was entered, then submits the sheet to SALES. */
    public void submit() {
        if (sheet == null) {
            return;
        }
        if (isEditable()
                && !messages.attempt(
                        () -> filling.enter(department, shownMonth, sheet.getVersion(), entered(), remark), null)) {
            return;
        }
        reload();
        if (messages.attempt(() -> submission.submit(department, shownMonth, sheet.getVersion()), null)) {
            reload();
            messages.info(
                    sheet.isSubmittedLate() ? "monthlySheet.submitted.late" : "monthlySheet.submitted",
                    shownMonth.toString());
        }
    }

    public void accept() {
        if (sheet != null
                && messages.attempt(
                        () -> acceptance.accept(department, shownMonth, sheet.getVersion()), "monthlySheet.accepted")) {
            reload();
        }
    }

    public void startCorrection() {
        correctionKey = null;
        correctionValue = null;
        correctionReason = null;
    }

    /** CS-09: a figure of a submitted or accepted sheet, changed with its reason. */
    public void correct() {
        if (sheet == null || correctionKey == null) {
            messages.error("monthlySheet.correct.figure.required");
            return;
        }
        FigureKey key = figureKey(correctionKey);
        if (messages.attempt(
                () -> correction.correct(
                        department, shownMonth, sheet.getVersion(), key, correctionValue, correctionReason),
                "monthlySheet.corrected",
                CORRECTION_FIELDS::get)) {
            reload();
            PrimeFaces.current().executeScript("PF('correctionDialog').hide()");
        }
    }

    public void upload(FileUploadEvent event) {
        problems = List.of();
        var file = event.getFile();
        messages.attempt(
                () -> {
                    var report = imports.importFile(department, shownMonth, file.getFileName(), file.getContent());
                    if (report.imported()) {
                        messages.info("monthlySheet.imported", report.lines(), file.getFileName());
                    } else {
                        problems = report.problems();
                        messages.error(
                                "monthlySheet.import.refused",
                                report.problems().size(),
                                report.problems().stream()
                                        .mapToInt(ImportProblem::line)
                                        .distinct()
                                        .count());
                    }
                },
                null);
        reload();
    }

    public String describe(ImportProblem problem) {
        return ImportTexts.describe(user.getLocale(), problem);
    }

    private Map<FigureKey, BigDecimal> entered() {
        var result = new LinkedHashMap<FigureKey, BigDecimal>();
        for (SheetFigure figure : SheetFigure.enteredBy(department)) {
            if (figure.breakdown() == SheetFigure.Breakdown.PRODUCT_FAMILY) {
                for (String family : families) {
                    result.put(FigureKey.ofFamily(figure, family), inputs.get(key(figure, family)));
                }
            } else if (figure.breakdown() == SheetFigure.Breakdown.NONE) {
                result.put(FigureKey.of(figure), inputs.get(key(figure, "")));
            }
        }
        if (isEntersDefects()) {
            // a defect taken off the list, or its count emptied, is taken back
            if (sheet != null) {
                sheet.getValues().stream()
                        .filter(v -> v.getFigure().breakdown() == SheetFigure.Breakdown.DEFECT)
                        .forEach(v -> result.put(FigureKey.ofDefect(v.getDefect()), null));
            }
            for (DefectRow row : defectRows) {
                boolean named = row.getDefect() != null && !row.getDefect().isBlank();
                if (named || row.getLots() != null) {
                    // a count without a name reaches the service, which asks for the defect
                    result.merge(
                            FigureKey.ofDefect(row.getDefect()),
                            row.getLots(),
                            (a, b) -> a == null ? b : b == null ? a : a.add(b));
                }
            }
        }
        return result;
    }

    /** A line of the failed lots by defect while QUALITY keeps its sheet: the defect and its lots. */
    public static class DefectRow implements Serializable {
        private String defect;
        private BigDecimal lots;

        DefectRow(String defect, BigDecimal lots) {
            this.defect = defect;
            this.lots = lots;
        }

        public String getDefect() {
            return defect;
        }

        public void setDefect(String defect) {
            this.defect = defect;
        }

        public BigDecimal getLots() {
            return lots;
        }

        public void setLots(BigDecimal lots) {
            this.lots = lots;
        }
    }

    public List<DefectRow> getDefectRows() {
        return defectRows;
    }

    public void addDefect() {
        defectRows.add(new DefectRow(null, null));
    }

    /** QUALITY names the main defect of its failed lots (CS-09, the Pareto of failed lots). */
    public boolean isEntersDefects() {
        return SheetFigure.entersDefects(department);
    }

    /** The month's failed lots by main defect, largest first, as saved. */
    public DefectPareto getDefects() {
        return sheet == null ? DefectPareto.NONE : sheet.defects();
    }

    /** CS-09: the Pareto of failed lots as a Chart.js bar chart with the cumulative share as a line. */
    public String getParetoChartJson() {
        var labels = Json.createArrayBuilder();
        var lots = Json.createArrayBuilder();
        var cumulative = Json.createArrayBuilder();
        for (DefectPareto.Bar bar : getDefects().bars()) {
            labels.add(bar.isNotNamed() ? messages.text("monthlySheet.defect.notNamed") : bar.defect());
            lots.add(bar.lots());
            cumulative.add(bar.cumulative());
        }
        return ParetoChart.json(
                messages.text("monthlySheet.defects"),
                labels,
                messages.text("monthlySheet.defect.lots"),
                lots,
                messages.text("monthlySheet.defect.cumulative"),
                cumulative);
    }

    public String defectName(DefectPareto.Bar bar) {
        return bar.isNotNamed() ? messages.text("monthlySheet.defect.notNamed") : bar.defect();
    }

    // ---- what the screen shows

    /** A figure of the company: its value, unit, source; entered ones are inputs while the sheet is a draft. */
    public record CompanyRow(SheetFigure figure, BigDecimal value, String source, boolean input, String key) {}

    public List<CompanyRow> getCompanyRows() {
        var rows = new ArrayList<CompanyRow>();
        for (SheetFigure figure : SheetFigure.of(department)) {
            BigDecimal value = sheet == null ? null : sheet.valueOf(figure).orElse(null);
            boolean input = figure.isEntered() && figure.breakdown() == SheetFigure.Breakdown.NONE && isEditable();
            rows.add(new CompanyRow(figure, value, source(figure), input, key(figure, "")));
        }
        return rows;
    }

    /** The figures of the department kept per product family, the columns of the family table. */
    public List<SheetFigure> getFamilyFigures() {
        return SheetFigure.of(department).stream()
                .filter(f -> f.breakdown() == SheetFigure.Breakdown.PRODUCT_FAMILY)
                .toList();
    }

    public List<String> getFamilies() {
        return families;
    }

    public BigDecimal familyValue(SheetFigure figure, String family) {
        return sheet == null ? null : sheet.valueOf(figure, family).orElse(null);
    }

    public boolean isFamilyInput(SheetFigure figure) {
        return figure.isEntered() && isEditable();
    }

    /** PRODUCTION's characteristics with their Cp, Cpk and light. */
    public record CapabilityRow(String characteristic, BigDecimal cp, BigDecimal cpk, CapabilityStatus status) {}

    public List<CapabilityRow> getCapabilityRows() {
        if (sheet == null) {
            return List.of();
        }
        Map<String, BigDecimal[]> by = new LinkedHashMap<>();
        for (SheetValue v : sheet.getValues()) {
            if (v.getFigure().breakdown() == SheetFigure.Breakdown.CHARACTERISTIC) {
                by.computeIfAbsent(v.getCharacteristic(), c -> new BigDecimal[2])[
                                v.getFigure() == SheetFigure.PRODUCTION_CP ? 0 : 1] =
                        v.getValue();
            }
        }
        var rows = new ArrayList<CapabilityRow>();
        by.forEach((c, pair) ->
                rows.add(new CapabilityRow(c, pair[0], pair[1], getTargets().capability(pair[1]))));
        return rows;
    }

    /** The figures of the sheet a correction may change: the entered ones, by their place on the sheet. */
    public Map<String, String> getCorrectable() {
        var options = new LinkedHashMap<String, String>();
        if (sheet == null) {
            return options;
        }
        for (SheetFigure figure : SheetFigure.enteredBy(department)) {
            if (figure.breakdown() == SheetFigure.Breakdown.PRODUCT_FAMILY) {
                for (String family : sheet.families()) {
                    options.put(messages.text("monthlySheet." + figure.name()) + " · " + family, key(figure, family));
                }
            } else if (figure.breakdown() == SheetFigure.Breakdown.DEFECT) {
                for (SheetValue v : sheet.getValues()) {
                    if (v.getFigure() == figure) {
                        options.put(
                                messages.text("monthlySheet." + figure.name()) + " · " + v.getDefect(),
                                key(figure, "") + "|" + v.getDefect());
                    }
                }
            } else {
                options.put(messages.text("monthlySheet." + figure.name()), key(figure, ""));
            }
        }
        return options;
    }

    /** "from records", "entered", "imported", "corrected" (more than one when families differ), or "computed". */
    private String source(SheetFigure figure) {
        if (figure.isRate()) {
            return "COMPUTED";
        }
        if (sheet == null) {
            return figure.isFromRecords() ? "RECORDS" : null;
        }
        return sheet.getValues().stream()
                .filter(v -> v.getFigure() == figure)
                .map(v -> v.getSource().name())
                .distinct()
                .reduce((a, b) -> a.equals(b) ? a : "MIXED")
                .orElse(figure.isFromRecords() ? "RECORDS" : null);
    }

    /** A figure's value as people read it: counts whole, amounts with two decimals, rates and indices as computed. */
    public String number(BigDecimal value, SheetFigure figure) {
        if (value == null) {
            return figure.isRate() || figure.unit() == SheetFigure.Unit.INDEX
                    ? messages.text("monthlySheet.noData")
                    : "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(user.getLocale());
        if (figure.unit() == SheetFigure.Unit.CNY) {
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return format.format(value);
        }
        format.setMaximumFractionDigits(2);
        String text = format.format(value);
        return figure.unit() == SheetFigure.Unit.PERCENT ? text + " %" : text;
    }

    public String index(BigDecimal value) {
        return value == null
                ? messages.text("monthlySheet.noData")
                : value.stripTrailingZeros().toPlainString();
    }

    /** The pass rate's light against CS09_PASS_RATE_OBJECTIVE; other figures have none. */
    public String rateClass(SheetFigure figure, BigDecimal value) {
        if (figure != SheetFigure.QUALITY_PASS_RATE || value == null) {
            return "";
        }
        return getTargets().meetsObjective(value) ? "qd-sheet-met" : "qd-sheet-below";
    }

    public String key(SheetFigure figure, String family) {
        return figure.name() + "|" + (family == null ? "" : family);
    }

    /** "FIGURE|family" or, for a defect's failed lots, "FIGURE||defect". */
    private static FigureKey figureKey(String key) {
        String[] parts = key.split("\\|", 3);
        return new FigureKey(
                SheetFigure.valueOf(parts[0]), parts.length > 1 ? parts[1] : "", "", parts.length > 2 ? parts[2] : "");
    }

    /** The digits an input takes: whole counts, amounts in fen. */
    public int decimals(SheetFigure figure) {
        return figure.unit() == SheetFigure.Unit.CNY ? 2 : 0;
    }

    public String minimum(SheetFigure figure) {
        return figure.allowsNegative() ? "-9999999999999.99" : "0";
    }

    public String statusKey() {
        if (sheet == null) {
            return "monthlySheet.status.NOT_STARTED";
        }
        return "monthlySheet.status." + sheet.getStatus().name();
    }

    public String statusSeverity() {
        if (sheet == null) {
            return "secondary";
        }
        return switch (sheet.getStatus()) {
            case NOT_STARTED -> "secondary";
            case DRAFT -> "info";
            case SUBMITTED -> sheet.isSubmittedLate() ? "warning" : "primary";
            case ACCEPTED -> "success";
        };
    }

    // ---- what the person may do

    /** The person keeps this sheet: its own department, or ADMIN (FiguresStep, SheetDepartment). */
    public boolean isKeeper() {
        return FiguresStep.KEEP_SHEET.allows(user.departments()) && department.isKeptBy(user.departments());
    }

    public boolean isEditable() {
        return isKeeper() && sheet != null && !sheet.isFrozen();
    }

    public boolean isMaySubmit() {
        return isEditable();
    }

    public boolean isMayAccept() {
        return FiguresStep.ACCEPT_SHEET.allows(user.departments())
                && sheet != null
                && sheet.getStatus() == SheetStatus.SUBMITTED;
    }

    public boolean isMayCorrect() {
        return isKeeper()
                && sheet != null
                && sheet.isFrozen()
                && !SheetFigure.enteredBy(department).isEmpty();
    }

    public boolean isMayImport() {
        return isEditable() && !SheetFigure.enteredBy(department).isEmpty();
    }

    /** The largest file the import takes (the browser refuses a larger one before sending it). */
    public long getMaxBytes() {
        return SheetImport.MAX_BYTES;
    }

    /** The import file's header line for this department. */
    public String getImportHeader() {
        return String.join(",", SheetFile.columns(department));
    }

    // ---- the PDF

    public StreamedContent getPdfEnglish() {
        return pdf("en");
    }

    public StreamedContent getPdfChinese() {
        return pdf("zh_CN");
    }

    private StreamedContent pdf(String language) {
        if (sheet == null) {
            return null;
        }
        SheetDepartment d = department;
        YearMonth m = shownMonth;
        String name = "sheet-" + d.name().toLowerCase() + "-" + m + "-" + language + ".pdf";
        return DefaultStreamedContent.builder().name(name).contentType("application/pdf").stream(
                        () -> new ByteArrayInputStream(sheets.pdf(d, m, language)))
                .build();
    }

    // ---- the completeness grid

    public SheetGrid getGrid() {
        if (grid == null) {
            YearMonth last;
            try {
                last = YearMonth.parse(gridLast.strip());
            } catch (DateTimeParseException | NullPointerException e) {
                last = YearMonth.now(clock).minusMonths(1);
                gridLast = last.toString();
            }
            grid = sheets.grid(last, MonthlySheets.GRID_MONTHS);
        }
        return grid;
    }

    public void showGrid() {
        grid = null;
    }

    public String cellKey(SheetGrid.Cell cell) {
        if (cell.status() == SheetStatus.SUBMITTED && cell.late()) {
            return "monthlySheet.grid.submittedLate";
        }
        if (cell.status() == SheetStatus.SUBMITTED) {
            return "monthlySheet.grid.submittedOnTime";
        }
        return "monthlySheet.status." + cell.status().name();
    }

    public String cellClass(SheetGrid.Cell cell) {
        String base = "qd-sheet-cell qd-sheet-" + cell.status().name().toLowerCase();
        if (cell.late()) {
            base += " qd-sheet-late";
        }
        if (cell.overdue()) {
            base += " qd-sheet-overdue";
        }
        return base;
    }

    public SheetDepartment[] getDepartments() {
        return SheetDepartment.values();
    }

    // ---- getters and setters

    public MonthlySheet getSheet() {
        return sheet;
    }

    public SheetTargets getTargets() {
        if (targets == null) {
            targets = sheets.targets();
        }
        return targets;
    }

    public SheetDepartment getDepartment() {
        return department;
    }

    public void setDepartment(SheetDepartment department) {
        this.department = department;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public YearMonth getShownMonth() {
        return shownMonth;
    }

    public Map<String, BigDecimal> getInputs() {
        return inputs;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }

    public String getGridLast() {
        return gridLast;
    }

    public void setGridLast(String gridLast) {
        this.gridLast = gridLast;
    }

    public String getCorrectionKey() {
        return correctionKey;
    }

    public void setCorrectionKey(String correctionKey) {
        this.correctionKey = correctionKey;
    }

    public BigDecimal getCorrectionValue() {
        return correctionValue;
    }

    public void setCorrectionValue(BigDecimal correctionValue) {
        this.correctionValue = correctionValue;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }
}
