package com.qualitydesk.web.feedback;

import com.qualitydesk.feedback.FeedbackStep;
import com.qualitydesk.feedback.QualityCost;
import com.qualitydesk.feedback.QualityCosts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The case's cost tab (CF-13): the quality costs of the case and their totals per currency. */
@Named
@ViewScoped
public class CostTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    QualityCosts costs;

    private List<QualityCost> list = List.of();
    private Map<String, BigDecimal> totals = Map.of();
    private QualityCost cost = new QualityCost();

    @PostConstruct
    void fill() {
        list = isCanRead() ? costs.of(page.getId()) : List.of();
        totals = isCanRead() ? costs.totalOf(page.getId()) : Map.of();
    }

    void reloaded(@Observes(notifyObserver = Reception.IF_EXISTS) CaseReloaded event) {
        fill();
    }

    public void save() {
        if (page.act(() -> costs.save(page.getId(), cost), "cost.saved")) {
            cost = new QualityCost();
        }
    }

    public boolean isCanRead() {
        return page.may(FeedbackStep.READ_COSTS);
    }

    public boolean isCanRecord() {
        return page.may(FeedbackStep.RECORD_COST);
    }

    public List<QualityCost> getList() {
        return list;
    }

    public Map<String, BigDecimal> getTotals() {
        return totals;
    }

    public List<String> getCurrencies() {
        return new ArrayList<>(totals.keySet());
    }

    public QualityCost getCost() {
        return cost;
    }
}
