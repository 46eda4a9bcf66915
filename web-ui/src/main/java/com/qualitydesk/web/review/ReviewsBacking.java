package com.qualitydesk.web.review;

import com.qualitydesk.review.ManagementReview;
import com.qualitydesk.review.ManagementReviews;
import com.qualitydesk.security.Department;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/**
 * review/reviews.xhtml: the management reviews of the years (IM-03), paged, and SALES's dialog to
 * open the review of a year with the day the departments' reports are due. The rules are the
 * service's.
 */
@Named
@ViewScoped
public class ReviewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ManagementReviews reviews;

    @Inject
    UserMessages messages;

    @Inject
    UserSession user;

    @Inject
    Clock clock;

    private EntityLazyModel<ManagementReview> model;
    private Integer year;
    private LocalDate due;
    private Long opened;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(request -> reviews.page(request));
        year = LocalDate.now(clock).getYear();
    }

    public boolean isMayOpen() {
        return user.departments().contains(Department.SALES);
    }

    public void open() throws IOException {
        if (messages.attempt(
                () -> opened = reviews.open(year == null ? 0 : year, due).getId(), "review.opened")) {
            var external =
                    jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/review/review.xhtml?id=" + opened);
        }
    }

    public EntityLazyModel<ManagementReview> getModel() {
        return model;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }
}
