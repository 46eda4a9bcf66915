package com.qualitydesk.feedback.document;

import com.qualitydesk.action.ActionKind;
import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.ActionStatus;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.action.CorrectiveActions;
import com.qualitydesk.document.DocumentTexts;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackCases;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The printed documents of a case, mapped from the record: the written reply (CF-12) in the
 * language SALES chose for the contact, and the 8D report of the whole case.
 */
@Stateless
@RolesAllowed({
    Role.SALES,
    Role.QUALITY,
    Role.TECHNICAL,
    Role.PRODUCTION,
    Role.FINANCE,
    Role.OFFICE,
    Role.GENERAL_MANAGER,
    Role.SERVICE,
    Role.ADMIN
})
public class FeedbackDocuments {

    @Inject
    FeedbackCases cases;

    @Inject
    CorrectiveActions actions;

    @Inject
    Clock clock;

    /** The template SALES starts from: cause and actions of the case, in the chosen language. */
    public String replyTemplate(long feedbackId, String language) {
        return ReplyLetter.defaultBody(letter(cases.find(feedbackId), DocumentTexts.language(language)));
    }

    /** The written reply as PDF, in the reply's language; the stored text is printed as written. */
    public byte[] replyLetter(long feedbackId) {
        Feedback feedback = cases.find(feedbackId);
        if (feedback.getReply().getText() == null) {
            throw new RuleViolation("feedback.reply.textRequired");
        }
        Locale language = DocumentTexts.language(feedback.getReply().getLanguage());
        return ReplyLetter.render(
                letter(feedback, language).withBodyText(feedback.getReply().getText()));
    }

    public byte[] eightD(long feedbackId, Locale requested) {
        Feedback feedback = cases.find(feedbackId);
        if (!feedback.isRegistered()) {
            throw new RuleViolation("feedback.notRegistered");
        }
        Locale language = DocumentTexts.language(requested);
        var texts = DocumentTexts.of(ReplyLetter.BUNDLE, language);
        ZoneId zone = clock.getZone();
        List<CorrectiveAction> all = actions.forSource(ActionSource.FEEDBACK, feedbackId);

        var team = new LinkedHashMap<String, EightDReportContent.TeamMember>();
        member(team, feedback.getRegisteredBy(), texts.text("department.SALES"), texts.text("team.registered"));
        member(
                team,
                feedback.getAnalysis().getAnalysedBy(),
                texts.text("department.QUALITY"),
                texts.text("team.analysed"));
        member(
                team,
                feedback.getInstruction().getBy(),
                texts.text("department.GENERAL_MANAGER"),
                texts.text("team.instructed"));
        member(
                team,
                feedback.getContainment().getRecordedBy(),
                texts.text("department.PRODUCTION"),
                texts.text("team.contained"));
        for (CorrectiveAction a : all) {
            member(
                    team,
                    a.getCompletedBy(),
                    texts.text("department." + a.getOwnerDepartment()),
                    texts.text("team.action"));
        }

        var problem = new EightDReportContent.Problem(
                customerName(feedback, language),
                feedback.getProduct() == null
                        ? null
                        : feedback.getProduct().getCode() + " "
                                + feedback.getProduct().getName(),
                feedback.getLotNumber(),
                feedback.getReceivedAt().atZone(zone).toLocalDate(),
                feedback.getType() == null ? null : texts.text("type." + feedback.getType()),
                feedback.getSeverity() == null ? null : texts.text("severity." + feedback.getSeverity()),
                feedback.getQuantityAffected() == null
                        ? null
                        : feedback.getQuantityAffected().toString(),
                feedback.getDescription());

        var containment = new ArrayList<EightDReportContent.Action>();
        if (feedback.getContainment().getDisposition() != null) {
            containment.add(new EightDReportContent.Action(
                    texts.text(
                            "containment.inspection",
                            feedback.getContainment().getQuantityChecked(),
                            feedback.getContainment().getQuantityNonconforming()),
                    texts.text("department.PRODUCTION"),
                    feedback.getContainment().getDueAt() == null
                            ? null
                            : feedback.getContainment().getDueAt().atZone(zone).toLocalDate(),
                    feedback.getContainment().getRecordedAt() == null
                            ? null
                            : feedback.getContainment()
                                    .getRecordedAt()
                                    .atZone(zone)
                                    .toLocalDate(),
                    texts.text("disposition." + feedback.getContainment().getDisposition())
                            + (feedback.getContainment().getNote() == null
                                    ? ""
                                    : " – " + feedback.getContainment().getNote())));
        }
        all.stream()
                .filter(a -> a.getKind() == ActionKind.CONTAINMENT)
                .map(a -> action(a, texts, zone))
                .forEach(containment::add);

        var corrective =
                all.stream().filter(a -> a.getKind() == ActionKind.CORRECTIVE).toList();
        var closure = feedback.getClosure().getAt() == null
                ? null
                : new EightDReportContent.Closure(
                        feedback.getClosure().getAt().atZone(zone).toLocalDate(),
                        feedback.getClosure().getBy(),
                        null);
        return EightDReport.render(new EightDReportContent(
                language,
                feedback.getNumber(),
                new ArrayList<>(team.values()),
                problem,
                containment,
                new EightDReportContent.RootCause(
                        feedback.whyChain(),
                        feedback.getAnalysis().getCauseCategory() == null
                                ? null
                                : feedback.getAnalysis().getCauseCategory().name(),
                        feedback.getAnalysis().getRootCause()),
                corrective.stream().map(a -> action(a, texts, zone)).toList(),
                corrective.stream()
                        .filter(a -> a.getStatus() != ActionStatus.OPEN)
                        .map(a -> action(a, texts, zone))
                        .toList(),
                all.stream()
                        .filter(a -> a.getKind() == ActionKind.PREVENTIVE)
                        .map(a -> action(a, texts, zone))
                        .toList(),
                closure));
    }

    private ReplyLetterContent letter(Feedback feedback, Locale language) {
        var actionTexts = actions.forSource(ActionSource.FEEDBACK, feedback.getId()).stream()
                .filter(a -> a.getStatus() != ActionStatus.FAILED)
                .map(CorrectiveAction::getDescription)
                .toList();
        return new ReplyLetterContent(
                language,
                feedback.getNumber(),
                LocalDate.now(clock),
                customerName(feedback, language),
                feedback.getContact() == null
                        ? feedback.getSubmitterName()
                        : feedback.getContact().getName(),
                feedback.getProduct() == null
                        ? null
                        : feedback.getProduct().getName()
                                + (feedback.getLotNumber() == null ? "" : ", " + feedback.getLotNumber()),
                feedback.getDescription(),
                feedback.getAnalysis().getRootCause(),
                actionTexts,
                null,
                null);
    }

    private static EightDReportContent.Action action(CorrectiveAction a, DocumentTexts texts, ZoneId zone) {
        String result = a.getStatus() == ActionStatus.OPEN
                ? texts.text("actionStatus.OPEN")
                : texts.text("actionStatus." + a.getStatus())
                        + (a.getVerificationNote() != null
                                ? " – " + a.getVerificationNote()
                                : a.getEvidence() != null ? " – " + a.getEvidence() : "");
        return new EightDReportContent.Action(
                a.getDescription(),
                texts.text("department." + a.getOwnerDepartment())
                        + (a.getOwnerPerson() == null ? "" : " / " + a.getOwnerPerson()),
                a.getDueDate(),
                a.getCompletedAt() == null
                        ? null
                        : a.getCompletedAt().atZone(zone).toLocalDate(),
                result);
    }

    private static void member(
            Map<String, EightDReportContent.TeamMember> team, String name, String department, String role) {
        if (name != null && !team.containsKey(name)) {
            team.put(name, new EightDReportContent.TeamMember(name, department, role));
        }
    }

    private static String customerName(Feedback feedback, Locale language) {
        if (feedback.getCustomer() == null) {
            return feedback.getSubmitterCompany();
        }
        var c = feedback.getCustomer();
        boolean chinese = Locale.SIMPLIFIED_CHINESE.getLanguage().equals(language.getLanguage());
        String first = chinese ? c.getNameZh() : c.getNameEn();
        return first != null ? first : chinese ? c.getNameEn() : c.getNameZh();
    }
}
