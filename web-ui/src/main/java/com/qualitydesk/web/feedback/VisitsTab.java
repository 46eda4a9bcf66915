package com.qualitydesk.web.feedback;

import com.qualitydesk.feedback.CustomerVisit;
import com.qualitydesk.feedback.CustomerVisits;
import com.qualitydesk.feedback.FeedbackStep;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The case's visits tab (CF-11): the visits to the customer, their findings and opinion. */
@Named
@ViewScoped
public class VisitsTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    CustomerVisits visits;

    private List<CustomerVisit> list = List.of();
    private CustomerVisit visit = new CustomerVisit();

    @PostConstruct
    void fill() {
        list = isCanRead() ? visits.of(page.getId()) : List.of();
    }

    void reloaded(@Observes(notifyObserver = Reception.IF_EXISTS) CaseReloaded event) {
        fill();
    }

    public void save() {
        if (page.act(() -> visits.save(page.getId(), visit), "visit.saved")) {
            visit = new CustomerVisit();
        }
    }

    public boolean isCanRead() {
        return page.may(FeedbackStep.READ_VISITS);
    }

    public boolean isCanRecord() {
        return page.may(FeedbackStep.RECORD_VISIT);
    }

    public List<CustomerVisit> getList() {
        return list;
    }

    public CustomerVisit getVisit() {
        return visit;
    }
}
