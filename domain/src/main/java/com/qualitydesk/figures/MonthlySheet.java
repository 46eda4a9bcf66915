package com.qualitydesk.figures;

import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A department's monthly operating sheet (CS-09), submitted to SALES by a working day of the next
 * month. It guards its own states: the figures from records are filled in and the department's
 * own figures entered while it is a draft; submission freezes both; SALES accepts a submitted
 * sheet; after submission a figure changes only by a correction that gives its reason (the
 * service audits it old → new).
 */
@Entity
@Table(name = "monthly_sheet", uniqueConstraints = @UniqueConstraint(columnNames = {"department", "month_start"}))
public class MonthlySheet extends EditableEntity {

    public static final int REMARK_MAX = 2000;
    public static final int REASON_MAX = 1000;
    public static final int DEFECT_MAX = 100;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SheetDepartment department;

    /** The first day of the month the sheet reports. */
    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SheetStatus status = SheetStatus.NOT_STARTED;

    /** CS-09: closing time of the submission working day of the next month, when the sheet was opened. */
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by", length = 64)
    private String acceptedBy;

    @Column(length = REMARK_MAX)
    private String remark;

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SheetValue> values = new ArrayList<>();

    protected MonthlySheet() {}

    public MonthlySheet(SheetDepartment department, YearMonth month, Instant dueAt) {
        this.department = department;
        this.monthStart = month.atDay(1);
        this.dueAt = dueAt;
    }

    public YearMonth getMonth() {
        return YearMonth.from(monthStart);
    }

    public boolean isFrozen() {
        return status.isFrozen();
    }

    /** Submitted after its deadline (CS-09); a sheet not submitted is not late, it is overdue. */
    public boolean isSubmittedLate() {
        return submittedAt != null && submittedAt.isAfter(dueAt);
    }

    /** Not submitted, and its deadline passed. */
    public boolean isOverdue(Instant now) {
        return !isFrozen() && now.isAfter(dueAt);
    }

    // ---- the steps

    /**
     * Fills in what the system's records say for the month, replacing what an earlier filling
     * found (a delivery imported since counts now). Only while the department has not submitted:
     * a submitted sheet keeps the figures it was submitted with.
     */
    public void fillFromRecords(Collection<FigureValue> fromRecords) {
        requireNotFrozen();
        Map<FigureKey, FigureValue> found = new LinkedHashMap<>();
        for (FigureValue v : fromRecords) {
            requireOwn(v.figure());
            if (!v.figure().isFromRecords()) {
                throw new RuleViolation(
                        "monthlySheet.figure.notFromRecords", v.figure().name());
            }
            found.put(v.key(), v);
        }
        values.removeIf(v -> v.isFromRecords() && !found.containsKey(v.key()));
        Map<FigureKey, SheetValue> stored = byKey();
        found.forEach((key, v) -> {
            SheetValue existing = stored.get(key);
            if (existing == null) {
                values.add(new SheetValue(this, v, FigureSource.RECORDS));
            } else if (existing.isFromRecords()) {
                existing.change(v.value(), FigureSource.RECORDS);
            }
        });
    }

    /**
     * CS-09: the department enters (or changes, or with null takes back) some of its own figures
     * while the sheet is a draft. A product family's passed lots cannot outnumber its inspected
     * ones. The sheet becomes a draft.
     */
    public void enter(Map<FigureKey, BigDecimal> entered, FigureSource source) {
        requireNotFrozen();
        var checked = checked(entered);
        checkLots(prospective(checked, false));
        Map<FigureKey, SheetValue> stored = byKey();
        checked.forEach((key, value) -> put(stored, key, value, source));
        status = SheetStatus.DRAFT;
    }

    /**
     * CS-09: an imported file is the month's entered figures as a whole: what the department had
     * entered before is replaced by the file's values.
     */
    public void replaceEntered(Map<FigureKey, BigDecimal> entered, FigureSource source) {
        requireNotFrozen();
        var checked = checked(entered);
        checkLots(prospective(checked, true));
        values.removeIf(v -> v.getFigure().isEntered());
        Map<FigureKey, SheetValue> stored = byKey();
        checked.forEach((key, value) -> put(stored, key, value, source));
        status = SheetStatus.DRAFT;
    }

    /** The department's words on its figures; changed with the draft, frozen with it. */
    public void changeRemark(String text) {
        requireNotFrozen();
        String stripped = text == null || text.isBlank() ? null : text.strip();
        if (stripped != null && stripped.length() > REMARK_MAX) {
            throw new RuleViolation("monthlySheet.remark.tooLong", REMARK_MAX);
        }
        this.remark = stripped;
        status = SheetStatus.DRAFT;
    }

    /**
     * CS-09: submits the sheet to SALES, once the month is over and every figure the department
     * enters is there (each of its product families with all its figures). From now on the
     * figures are frozen.
     */
    public void submit(Instant now, LocalDate today, String by) {
        requireNotFrozen();
        if (!today.isAfter(getMonth().atEndOfMonth())) {
            throw new RuleViolation(
                    "monthlySheet.submit.monthNotOver", getMonth().toString());
        }
        requireComplete();
        status = SheetStatus.SUBMITTED;
        submittedAt = now;
        submittedBy = by;
    }

    /** CS-09: SALES accepts a submitted sheet; it stays frozen. */
    public void accept(Instant now, String by) {
        if (status == SheetStatus.ACCEPTED) {
            throw new RuleViolation("monthlySheet.accept.already", getMonth().toString());
        }
        if (status != SheetStatus.SUBMITTED) {
            throw new RuleViolation(
                    "monthlySheet.accept.notSubmitted", getMonth().toString());
        }
        status = SheetStatus.ACCEPTED;
        acceptedAt = now;
        acceptedBy = by;
    }

    /**
     * CS-09: after submission an entered figure changes only by a correction, which gives its
     * reason; a draft is simply edited. The sheet stays submitted or accepted.
     */
    public void correct(FigureKey key, BigDecimal value, String reason) {
        if (!isFrozen()) {
            throw new RuleViolation("monthlySheet.correct.notFrozen");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("monthlySheet.correct.reason.required");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new RuleViolation("monthlySheet.correct.reason.tooLong", REASON_MAX);
        }
        if (value == null) {
            throw new RuleViolation("monthlySheet.correct.value.required");
        }
        var checked = checked(Map.of(key, value));
        FigureKey normal = checked.keySet().iterator().next();
        Map<FigureKey, SheetValue> stored = byKey();
        SheetValue existing = stored.get(normal);
        if (existing != null
                && existing.getValue() != null
                && existing.getValue().compareTo(value) == 0) {
            throw new RuleViolation("monthlySheet.correct.unchanged", value.toPlainString());
        }
        checkLots(prospective(checked, false));
        put(stored, normal, value, FigureSource.CORRECTED);
    }

    // ---- reading

    /** The figure's value for the company (families summed, the lowest index, the rate of the sums). */
    public Optional<BigDecimal> valueOf(SheetFigure figure) {
        return FigureTotals.valueOf(figure, figureValues(), null);
    }

    /** The figure's value for one product family. */
    public Optional<BigDecimal> valueOf(SheetFigure figure, String productFamily) {
        return FigureTotals.valueOf(figure, figureValues(), productFamily == null ? "" : productFamily);
    }

    public Optional<SheetValue> value(FigureKey key) {
        return Optional.ofNullable(byKey().get(key));
    }

    /** The product families the sheet has values for, in alphabetical order. */
    public List<String> families() {
        return values.stream()
                .filter(v -> v.getFigure().breakdown() == SheetFigure.Breakdown.PRODUCT_FAMILY)
                .map(SheetValue::getProductFamily)
                .collect(Collectors.toCollection(TreeSet::new))
                .stream()
                .toList();
    }

    /** QUALITY's failed lots by main defect, largest first (CS-09); empty where no lot failed. */
    public DefectPareto defects() {
        return DefectPareto.of(figureValues());
    }

    public List<FigureValue> figureValues() {
        return values.stream().map(SheetValue::toFigureValue).toList();
    }

    // ---- the rules

    /** Refuses a value of another department's figure, of a figure counted from records or a rate. */
    private Map<FigureKey, BigDecimal> checked(Map<FigureKey, BigDecimal> entered) {
        var result = new LinkedHashMap<FigureKey, BigDecimal>();
        entered.forEach((key, value) -> {
            SheetFigure figure = key.figure();
            requireOwn(figure);
            if (!figure.isEntered()) {
                throw new RuleViolation("monthlySheet.figure.notEntered", figure.name());
            }
            boolean perFamily = figure.breakdown() == SheetFigure.Breakdown.PRODUCT_FAMILY;
            boolean perDefect = figure.breakdown() == SheetFigure.Breakdown.DEFECT;
            if (perFamily && key.productFamily().isEmpty()) {
                throw new RuleViolation("monthlySheet.family.required");
            }
            if (key.productFamily().length() > 100) {
                throw new RuleViolation("monthlySheet.family.tooLong", 100);
            }
            if (perDefect && key.defect().isEmpty()) {
                throw new RuleViolation("monthlySheet.defect.required");
            }
            if (key.defect().length() > DEFECT_MAX) {
                throw new RuleViolation("monthlySheet.defect.tooLong", DEFECT_MAX);
            }
            figure.check(value);
            result.put(
                    new FigureKey(figure, perFamily ? key.productFamily() : "", "", perDefect ? key.defect() : ""),
                    value);
        });
        return result;
    }

    private void requireOwn(SheetFigure figure) {
        if (figure.department() != department) {
            throw new RuleViolation("monthlySheet.figure.otherDepartment", figure.name(), department.name());
        }
    }

    private void requireNotFrozen() {
        if (isFrozen()) {
            throw new RuleViolation(
                    status == SheetStatus.ACCEPTED ? "monthlySheet.frozen.accepted" : "monthlySheet.frozen.submitted",
                    getMonth().toString());
        }
    }

    /** CS-09: every figure the department enters is there, for each product family it names. */
    private void requireComplete() {
        List<SheetFigure> own = SheetFigure.enteredBy(department);
        Map<FigureKey, SheetValue> stored = byKey();
        var families = new TreeSet<String>();
        stored.keySet().stream()
                .filter(k -> k.figure().isEntered() && k.figure().breakdown() == SheetFigure.Breakdown.PRODUCT_FAMILY)
                .forEach(k -> families.add(k.productFamily()));
        for (SheetFigure figure : own) {
            if (!figure.isRequired()) {
                continue;
            }
            if (figure.breakdown() == SheetFigure.Breakdown.PRODUCT_FAMILY) {
                if (families.isEmpty()) {
                    throw new RuleViolation("monthlySheet.submit.missing." + figure.name(), "");
                }
                for (String family : families) {
                    SheetValue v = stored.get(FigureKey.ofFamily(figure, family));
                    if (v == null || v.getValue() == null) {
                        throw new RuleViolation("monthlySheet.submit.missing." + figure.name(), family);
                    }
                }
            } else {
                SheetValue v = stored.get(FigureKey.of(figure));
                if (v == null || v.getValue() == null) {
                    throw new RuleViolation("monthlySheet.submit.missing." + figure.name(), "");
                }
            }
        }
    }

    /** The values the sheet would hold with these changes: checked before anything is changed. */
    private List<FigureValue> prospective(Map<FigureKey, BigDecimal> changes, boolean replaceEntered) {
        Map<FigureKey, FigureValue> result = new LinkedHashMap<>();
        for (SheetValue v : values) {
            if (!(replaceEntered && v.getFigure().isEntered())) {
                result.put(v.key(), v.toFigureValue());
            }
        }
        changes.forEach((key, value) -> {
            if (value == null) {
                result.remove(key);
            } else {
                result.put(
                        key,
                        new FigureValue(key.figure(), key.productFamily(), key.characteristic(), key.defect(), value));
            }
        });
        return List.copyOf(result.values());
    }

    /**
     * CS-09: of a product family's inspected lots, no more can pass than were inspected; the lots
     * named by defect cannot outnumber the lots that failed.
     */
    private void checkLots(List<FigureValue> candidate) {
        if (department != SheetDepartment.QUALITY) {
            return;
        }
        checkPassedNotAboveInspected(candidate);
        BigDecimal named = FigureTotals.valueOf(SheetFigure.QUALITY_FAILED_LOTS, candidate, null)
                .orElse(BigDecimal.ZERO);
        BigDecimal failed = DefectPareto.failed(candidate);
        if (named.compareTo(failed) > 0) {
            throw new RuleViolation("monthlySheet.failedAboveFailing", named.toPlainString(), failed.toPlainString());
        }
    }

    private static void checkPassedNotAboveInspected(List<FigureValue> candidate) {
        var families = new TreeSet<String>();
        candidate.stream()
                .filter(v -> v.figure() == SheetFigure.QUALITY_LOTS_INSPECTED
                        || v.figure() == SheetFigure.QUALITY_LOTS_PASSED)
                .forEach(v -> families.add(v.productFamily()));
        for (String family : families) {
            var inspected = FigureTotals.valueOf(SheetFigure.QUALITY_LOTS_INSPECTED, candidate, family);
            var passed = FigureTotals.valueOf(SheetFigure.QUALITY_LOTS_PASSED, candidate, family);
            if (inspected.isPresent() && passed.isPresent() && passed.get().compareTo(inspected.get()) > 0) {
                throw new RuleViolation(
                        "monthlySheet.passedAboveInspected",
                        family,
                        passed.get().toPlainString(),
                        inspected.get().toPlainString());
            }
        }
    }

    private void put(Map<FigureKey, SheetValue> stored, FigureKey key, BigDecimal value, FigureSource source) {
        SheetValue existing = stored.get(key);
        if (value == null) {
            if (existing != null) {
                values.remove(existing);
                stored.remove(key);
            }
        } else if (existing == null) {
            SheetValue added = new SheetValue(
                    this,
                    new FigureValue(key.figure(), key.productFamily(), key.characteristic(), key.defect(), value),
                    source);
            values.add(added);
            stored.put(key, added);
        } else if (existing.getValue() == null || existing.getValue().compareTo(value) != 0) {
            existing.change(value, source);
        }
    }

    private Map<FigureKey, SheetValue> byKey() {
        return values.stream()
                .collect(Collectors.toMap(SheetValue::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public SheetDepartment getDepartment() {
        return department;
    }

    public LocalDate getMonthStart() {
        return monthStart;
    }

    public SheetStatus getStatus() {
        return status;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public String getRemark() {
        return remark;
    }

    public List<SheetValue> getValues() {
        return Collections.unmodifiableList(values);
    }

    /**
     * What people see and change: the state, who submitted and accepted, the remark and each
     * figure the department enters ("Pumps: 120 · Valves: 98" for one per family). The figures
     * from records are not people's words and are counted anew until submission.
     */
    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("department", department);
        m.put("month", getMonth().toString());
        m.put("status", status);
        m.put("submittedBy", submittedBy);
        m.put("acceptedBy", acceptedBy);
        m.put("remark", remark);
        for (SheetFigure figure : SheetFigure.enteredBy(department)) {
            String text = values.stream()
                    .filter(v -> v.getFigure() == figure && v.getValue() != null)
                    .sorted(java.util.Comparator.comparing(SheetValue::getProductFamily)
                            .thenComparing(SheetValue::getDefect))
                    .map(v -> (v.getProductFamily().isEmpty() ? "" : v.getProductFamily() + ": ")
                            + (v.getDefect().isEmpty() ? "" : v.getDefect() + ": ")
                            + v.getValue().stripTrailingZeros().toPlainString())
                    .collect(Collectors.joining(" · "));
            m.put(figure.name(), text.isEmpty() ? null : text);
        }
        return m;
    }
}
