package com.qualitydesk.web.survey;

import com.qualitydesk.customer.Customer;
import com.qualitydesk.survey.Invitation;
import com.qualitydesk.survey.ReplyChannel;
import com.qualitydesk.survey.ReplyForm;
import com.qualitydesk.survey.SurveyCampaign;
import com.qualitydesk.survey.SurveyCampaigns;
import com.qualitydesk.survey.SurveyReplies;
import com.qualitydesk.survey.SurveyReply;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * survey/paper.xhtml: SALES enters a reply that came by fax, mail or visit (CS-04), found by the
 * reply code printed on the questionnaire or by campaign and customer, with the scan attached, or
 * straight from a visit task in the inbox, which names the invitation; a lost questionnaire can be
 * printed again (CS-04), and a reply we cannot thank by e-mail gets its thank-you letter right
 * after saving (CS-06).
 */
@Named
@ViewScoped
public class PaperReplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SurveyReplies replies;

    @Inject
    SurveyCampaigns campaigns;

    @Inject
    UserMessages messages;

    private Long invitationId;
    private String code;
    private Long campaignId;
    private Customer customer;
    private List<Invitation> candidates;
    private Invitation invitation;
    private ReplyForm form;
    private ReplyChannel channel = ReplyChannel.FAX;
    private final Map<Long, String> scores = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();
    private String comment;
    private transient UploadedFile scan;
    private Long savedReplyId;
    private String savedReplyCode;
    private boolean savedThankedByLetter;

    /** Opened from the inbox's visit task (CS-04): that invitation's entry at once. */
    public void openInvitation() {
        if (invitationId == null) {
            return;
        }
        replies.findInvitation(invitationId)
                .ifPresentOrElse(this::choose, () -> messages.error("survey.invitation.unknown"));
    }

    public void findByCode() {
        var found = replies.findByReplyCode(code);
        if (found.isEmpty()) {
            messages.error("survey.paper.codeUnknown", code);
            return;
        }
        choose(found.get());
    }

    public void findByCustomer() {
        if (campaignId == null || customer == null) {
            return;
        }
        candidates = replies.invitationsOf(campaignId, customer.getId());
        if (candidates.isEmpty()) {
            messages.error("survey.paper.noInvitation");
        }
    }

    public void choose(Invitation chosen) {
        savedReplyId = null;
        invitation = chosen;
        form = replies.formOf(chosen.getId());
        scores.clear();
        comments.clear();
        comment = null;
        channel = switch (chosen.getChannel()) {
            case MAIL -> ReplyChannel.MAIL;
            case HAND_DELIVERY -> ReplyChannel.HAND_DELIVERY;
            case VISIT -> ReplyChannel.VISIT;
            default -> ReplyChannel.FAX;
        };
    }

    public void save() throws IOException {
        var numeric = new HashMap<Long, Integer>();
        scores.forEach((item, value) -> {
            if (value != null && !PublicReplyBacking.NOT_APPLICABLE.equals(value)) {
                numeric.put(item, Integer.valueOf(value));
            }
        });
        byte[] content = scan == null || scan.getSize() == 0 ? null : scan.getContent();
        String name = scan == null ? null : scan.getFileName();
        String type = scan == null ? null : scan.getContentType();
        Invitation entered = invitation;
        SurveyReply[] saved = new SurveyReply[1];
        if (messages.attempt(
                () -> saved[0] = replies.enterPaperReply(
                        entered.getId(),
                        channel,
                        new ReplyForm.Answers(numeric, comments, comment),
                        name,
                        type,
                        content),
                "survey.paper.saved")) {
            savedReplyId = saved[0].getId();
            savedReplyCode = entered.getReplyCode();
            savedThankedByLetter = "LETTER".equals(saved[0].getThankedBy());
            invitation = null;
            form = null;
            candidates = null;
            code = null;
            scan = null;
        }
    }

    /** The reply saved last, while its thank-you letter may still be wanted (CS-06). */
    public Long getSavedReplyId() {
        return savedReplyId;
    }

    public String getSavedReplyCode() {
        return savedReplyCode;
    }

    public boolean isSavedThankedByLetter() {
        return savedThankedByLetter;
    }

    public List<SurveyCampaign> getCampaigns() {
        return campaigns.all();
    }

    public ReplyChannel[] getChannels() {
        return new ReplyChannel[] {ReplyChannel.FAX, ReplyChannel.MAIL, ReplyChannel.HAND_DELIVERY, ReplyChannel.VISIT};
    }

    public Long getInvitationId() {
        return invitationId;
    }

    public void setInvitationId(Long invitationId) {
        this.invitationId = invitationId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public List<Invitation> getCandidates() {
        return candidates;
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public ReplyForm getForm() {
        return form;
    }

    public ReplyChannel getChannel() {
        return channel;
    }

    public void setChannel(ReplyChannel channel) {
        this.channel = channel;
    }

    public Map<Long, String> getScores() {
        return scores;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public UploadedFile getScan() {
        return scan;
    }

    public void setScan(UploadedFile scan) {
        this.scan = scan;
    }
}
