package com.qualitydesk.web.customer;

import com.qualitydesk.customer.Contract;
import com.qualitydesk.customer.Contracts;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.primefaces.PrimeFaces;

/** customer/contracts.xhtml: the contracts with the customers and their edit dialog (CC-01, CS-02). */
@Named
@ViewScoped
public class ContractsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Contracts contracts;

    @Inject
    UserMessages messages;

    @Inject
    Clock clock;

    private EntityLazyModel<Contract> model;
    private Contract editing;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(request -> contracts.page(request));
    }

    public void startNew() {
        editing = new Contract();
        editing.setStartDate(LocalDate.now(clock));
    }

    public void startEdit(Contract row) {
        // a fresh copy: the dialog edits the stored state, with the version it was read at
        editing = contracts.find(row.getId()).orElse(row);
    }

    public void save() {
        if (messages.attempt(() -> editing = contracts.save(editing), "contract.saved")) {
            PrimeFaces.current().executeScript("PF('contractDialog').hide()");
        }
    }

    /** RUNNING, ENDED or FUTURE today, for the label "contract.state.*". */
    public String state(Contract contract) {
        LocalDate today = LocalDate.now(clock);
        if (contract.getStartDate() != null && contract.getStartDate().isAfter(today)) {
            return "FUTURE";
        }
        return contract.getEndDate() != null && contract.getEndDate().isBefore(today) ? "ENDED" : "RUNNING";
    }

    public EntityLazyModel<Contract> getModel() {
        return model;
    }

    public Contract getEditing() {
        return editing;
    }
}
