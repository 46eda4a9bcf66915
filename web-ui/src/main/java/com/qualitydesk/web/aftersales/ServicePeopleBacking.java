package com.qualitydesk.web.aftersales;

import com.qualitydesk.aftersales.ServicePeople;
import com.qualitydesk.aftersales.ServicePerson;
import com.qualitydesk.aftersales.ServicePoint;
import com.qualitydesk.aftersales.ServicePoints;
import com.qualitydesk.aftersales.Training;
import com.qualitydesk.aftersales.TrainingKind;
import com.qualitydesk.aftersales.Trainings;
import com.qualitydesk.attachment.AttachmentInfo;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * aftersales/service-people.xhtml: the people who serve customers (AS-02) and, per person, the
 * training records OFFICE keeps (AS-01) with their certificates. "?overdue=true" lists only the
 * people whose training is due, as the office's home page links here.
 */
@Named
@ViewScoped
public class ServicePeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServicePeople people;

    @Inject
    ServicePoints points;

    @Inject
    Trainings trainings;

    @Inject
    UserMessages messages;

    @Inject
    ExternalContext external;

    @Inject
    Clock clock;

    private EntityLazyModel<ServicePerson> model;
    private boolean overdueOnly;
    private int validMonths;
    private ServicePerson editing;
    private ServicePerson trainee;
    private List<Training> traineeTrainings = List.of();
    private Training newTraining;
    private Training certificateFor;
    private transient Map<Long, List<AttachmentInfo>> certificates;

    @PostConstruct
    void init() {
        overdueOnly = "true".equals(external.getRequestParameterMap().get("overdue"));
        validMonths = people.validMonths();
        model = new EntityLazyModel<>(request -> overdueOnly ? people.overduePage(request) : people.page(request));
    }

    /** AS-01: the flag on the person, by the setting read when the page opened. */
    public boolean overdue(ServicePerson person) {
        return person.trainingOverdue(LocalDate.now(clock), validMonths);
    }

    public void startNew() {
        editing = new ServicePerson();
    }

    public void startEdit(ServicePerson row) {
        editing = people.find(row.getId()).orElse(row);
    }

    public void save() {
        if (messages.attempt(() -> editing = people.save(editing), "servicePerson.saved")) {
            PrimeFaces.current().executeScript("PF('personDialog').hide()");
        }
    }

    public void showTrainings(ServicePerson row) {
        trainee = people.find(row.getId()).orElse(row);
        newTraining = null;
        certificateFor = null;
        reloadTrainings();
    }

    public void startTraining() {
        newTraining = new Training(trainee, LocalDate.now(clock), null, TrainingKind.PROFESSIONAL_ETHICS, null);
        certificateFor = null;
    }

    public void saveTraining() {
        if (messages.attempt(() -> certificateFor = trainings.save(newTraining), "training.saved")) {
            newTraining = null;
            trainee = people.find(trainee.getId()).orElse(trainee);
            reloadTrainings();
        }
    }

    public void chooseCertificateFor(Training training) {
        certificateFor = training;
        newTraining = null;
    }

    public void uploadCertificate(FileUploadEvent event) {
        var file = event.getFile();
        if (certificateFor != null
                && messages.attempt(
                        () -> trainings.attachCertificate(
                                certificateFor.getId(), file.getFileName(), file.getContent()),
                        "training.certificate.saved")) {
            certificates = null;
        }
    }

    public List<AttachmentInfo> certificates(Training training) {
        if (certificates == null) {
            certificates = new HashMap<>();
        }
        return certificates.computeIfAbsent(training.getId(), id -> trainings.certificates(id));
    }

    private void reloadTrainings() {
        traineeTrainings = trainings.of(trainee.getId());
        certificates = null;
    }

    public List<ServicePoint> getPoints() {
        return points.active();
    }

    public TrainingKind[] getTrainingKinds() {
        return TrainingKind.values();
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public BigDecimal getMinHours() {
        return new BigDecimal("0.1");
    }

    public String getTraineeFlag() {
        return trainee == null ? null : messages.text("servicePerson.flag.overdue", trainee.getName(), validMonths);
    }

    public int getValidMonths() {
        return validMonths;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public EntityLazyModel<ServicePerson> getModel() {
        return model;
    }

    public ServicePerson getEditing() {
        return editing;
    }

    public ServicePerson getTrainee() {
        return trainee;
    }

    public List<Training> getTraineeTrainings() {
        return traineeTrainings;
    }

    public Training getNewTraining() {
        return newTraining;
    }

    public Training getCertificateFor() {
        return certificateFor;
    }
}
