package com.qualitydesk.web.aftersales;

import com.qualitydesk.aftersales.ServicePeople;
import com.qualitydesk.security.Department;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** AS-01 on OFFICE's home page: how many service people are due for training. */
@Named
@RequestScoped
public class TrainingDue {

    @Inject
    ServicePeople people;

    @Inject
    UserSession user;

    @Inject
    UserMessages messages;

    private Long count;

    public boolean isShown() {
        return user.departments().contains(Department.OFFICE) && getCount() > 0;
    }

    public long getCount() {
        if (count == null) {
            count = user.departments().contains(Department.OFFICE) ? people.overdueCount() : 0L;
        }
        return count;
    }

    public String getText() {
        return messages.text("home.trainingDue", getCount(), people.validMonths());
    }
}
