package com.qualitydesk.survey.document;

import com.qualitydesk.customer.SurveyChannel;
import com.qualitydesk.document.DocumentTexts;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.survey.Invitation;
import com.qualitydesk.survey.Questionnaire;
import com.qualitydesk.survey.SurveyCampaign;
import com.qualitydesk.survey.SurveyReply;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The printed survey documents SALES sends and files: the paper questionnaire of each recipient
 * who answers by fax, mail or hand delivery, as one print file per campaign or one by one (CS-04),
 * and the thank-you letter for a reply we cannot thank by e-mail (CS-06). Each is in the
 * recipient's language.
 */
@Stateless
@RolesAllowed(Role.SALES)
public class SurveyDocuments {

    /** The channels whose recipients get the questionnaire on paper from us (CS-04). */
    public static final Set<SurveyChannel> PAPER =
            EnumSet.of(SurveyChannel.FAX, SurveyChannel.MAIL, SurveyChannel.HAND_DELIVERY);

    /** How {@link com.qualitydesk.survey.SurveyReplies} records a reply whose thanks go by letter (CS-06). */
    static final String THANKED_BY_LETTER = "LETTER";

    /** Recipients read per query while printing; only these are held in memory at a time. */
    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** How many questionnaires the campaign's print file holds (0 before the dispatch). */
    public long printFileSize(long campaignId) {
        return em.createQuery(
                        "select count(i) from Invitation i where i.campaign.id = :c and i.channel in :paper",
                        Long.class)
                .setParameter("c", campaignId)
                .setParameter("paper", PAPER)
                .getSingleResult();
    }

    /**
     * Writes the campaign's print file: the questionnaire of every recipient invited by fax, mail
     * or hand delivery, in customer order, each from a new page (CS-04). Refusals come before the
     * first byte is written. Runs outside a transaction: printing tens of thousands of pages takes
     * longer than a transaction should stay open, and only reads.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void writePrintFile(long campaignId, OutputStream out) {
        SurveyCampaign campaign = campaign(campaignId);
        if (printFileSize(campaignId) == 0) {
            throw new RuleViolation("survey.print.empty", campaign.getName());
        }
        CampaignPrintFile.write(out, campaign.getName(), () -> new PaperRecipients(campaign));
    }

    /** One recipient's questionnaire, e.g. to send again (CS-04); for any channel. */
    public byte[] questionnaire(long invitationId) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null) {
            throw new RuleViolation("survey.invitation.unknown");
        }
        Customer customer = new Customer(
                invitation.getCustomer().getNameEn(), invitation.getCustomer().getNameZh());
        return QuestionnaireSheet.render(content(
                invitation.getCampaign(),
                invitation.getReplyCode(),
                invitation.getLanguage(),
                customer,
                invitation.getContact().getName()));
    }

    /** The thank-you letter of a reply thanked by letter, dated today (CS-06). */
    public byte[] thankYouLetter(long replyId) {
        SurveyReply reply = em.find(SurveyReply.class, replyId);
        if (reply == null || !reply.isSubmitted()) {
            throw new RuleViolation("survey.reply.unknown");
        }
        if (!THANKED_BY_LETTER.equals(reply.getThankedBy())) {
            throw new RuleViolation("survey.thanks.notByLetter");
        }
        Invitation invitation = reply.getInvitation();
        Locale language = DocumentTexts.language(invitation.getLanguage());
        return ThankYouLetter.render(new ThankYouLetterContent(
                language,
                invitation.getReplyCode(),
                LocalDate.now(clock),
                new Customer(
                                invitation.getCustomer().getNameEn(),
                                invitation.getCustomer().getNameZh())
                        .name(language),
                invitation.getContact().getName(),
                invitation.getCampaign().getName(),
                LocalDate.ofInstant(reply.getSubmittedAt(), clock.getZone())));
    }

    private SurveyCampaign campaign(long campaignId) {
        SurveyCampaign campaign = em.find(SurveyCampaign.class, campaignId);
        if (campaign == null) {
            throw new RuleViolation("survey.campaign.unknown");
        }
        return campaign;
    }

    private static QuestionnaireContent content(
            SurveyCampaign campaign, String replyCode, String languageCode, Customer customer, String contact) {
        Locale language = DocumentTexts.language(languageCode);
        boolean chinese = isChinese(language);
        Questionnaire questionnaire = campaign.getQuestionnaire();
        // the questionnaire's own texts follow the document's language, so a sheet never mixes two
        String code = chinese ? "zh_CN" : "en";
        return new QuestionnaireContent(
                language,
                campaign.getName(),
                campaign.getPeriodStart(),
                campaign.getPeriodEnd(),
                customer.name(language),
                contact,
                replyCode,
                campaign.getDeadline(),
                questionnaire.getItems().stream().map(item -> item.text(code)).toList(),
                IntStream.rangeClosed(1, 5)
                        .mapToObj(score -> questionnaire.scaleLabel(score, code))
                        .toList(),
                campaign.isYearEndLetter());
    }

    private static boolean isChinese(Locale language) {
        return Locale.SIMPLIFIED_CHINESE.getLanguage().equals(language.getLanguage());
    }

    /** A customer's two names; the document's language picks one, the other stands in for a blank. */
    private record Customer(String nameEn, String nameZh) {
        String name(Locale language) {
            boolean chinese = isChinese(language);
            String first = chinese ? nameZh : nameEn;
            return first == null || first.isBlank() ? (chinese ? nameEn : nameZh) : first;
        }
    }

    /**
     * The paper recipients of a campaign in customer order, read a batch at a time by the last
     * customer code and invitation printed, so that neither the query nor the memory grows with the
     * campaign. Values, not entities: nothing accumulates in a persistence context either.
     */
    private final class PaperRecipients implements Iterator<QuestionnaireContent> {

        private final SurveyCampaign campaign;
        private final Deque<Object[]> batch = new ArrayDeque<>();
        private String lastCode = "";
        private long lastId;
        private boolean exhausted;

        PaperRecipients(SurveyCampaign campaign) {
            this.campaign = campaign;
        }

        @Override
        public boolean hasNext() {
            if (batch.isEmpty() && !exhausted) {
                List<Object[]> rows = em.createQuery(
                                "select i.id, cu.code, i.replyCode, i.language, cu.nameEn, cu.nameZh, ct.name"
                                        + " from Invitation i join i.customer cu join i.contact ct"
                                        + " where i.campaign.id = :c and i.channel in :paper"
                                        + " and (cu.code > :code or (cu.code = :code and i.id > :id))"
                                        + " order by cu.code, i.id",
                                Object[].class)
                        .setParameter("c", campaign.getId())
                        .setParameter("paper", PAPER)
                        .setParameter("code", lastCode)
                        .setParameter("id", lastId)
                        .setMaxResults(BATCH)
                        .getResultList();
                batch.addAll(rows);
                exhausted = rows.size() < BATCH;
            }
            return !batch.isEmpty();
        }

        @Override
        public QuestionnaireContent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Object[] row = batch.removeFirst();
            lastId = (Long) row[0];
            lastCode = (String) row[1];
            return content(
                    campaign, (String) row[2], (String) row[3], new Customer((String) row[4], (String) row[5]), (String)
                            row[6]);
        }
    }
}
