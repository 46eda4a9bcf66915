package com.qualitydesk.web.survey;

import com.qualitydesk.survey.CampaignRows.DispatchProgress;
import com.qualitydesk.survey.CampaignRows.EligibleCustomer;
import com.qualitydesk.survey.CampaignRows.EligibleSummary;
import com.qualitydesk.survey.CampaignRows.NotCovered;
import com.qualitydesk.survey.CampaignStatistics;
import com.qualitydesk.survey.Coverage;
import com.qualitydesk.survey.FollowUpCall;
import com.qualitydesk.survey.ReplyChannel;
import com.qualitydesk.survey.SurveyCampaign;
import com.qualitydesk.survey.SurveyCampaigns;
import com.qualitydesk.survey.SurveyReplies;
import com.qualitydesk.survey.SurveyReply;
import com.qualitydesk.survey.SurveyStatistics;
import com.qualitydesk.survey.SurveyStep;
import com.qualitydesk.survey.document.SurveyDocuments;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.LazyRows;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.PrimeFaces;

/**
 * survey/campaign.xhtml: one campaign. Before dispatch the eligible customers and the coverage
 * risks (CS-02), the dispatch with its progress (CS-04); afterwards the coverage gauge, the
 * customers not covered and the follow-up calls (CS-05), the replies, and the statistics (CS-08).
 * SALES downloads the print file of the paper questionnaires (CS-04) and the thank-you letters of
 * replies thanked by letter (CS-06).
 */
@Named
@ViewScoped
public class CampaignBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SurveyCampaigns campaigns;

    @Inject
    SurveyStatistics statistics;

    @Inject
    SurveyReplies replies;

    @Inject
    SurveyDocuments documents;

    @Inject
    UserMessages messages;

    @Inject
    UserSession user;

    private Long id;
    private SurveyCampaign campaign;
    private LazyRows<EligibleCustomer> eligible;
    private EligibleSummary eligibleSummary;
    private DispatchProgress progress;
    private Coverage coverage;
    private LazyRows<NotCovered> notCovered;
    private List<FollowUpCall> followUps;
    private CampaignStatistics stats;
    private long printFileSize;
    private List<CampaignStatistics.GroupRow> byCustomer;
    private EntityLazyModel<SurveyReply> replyModel;
    private Long followUpCustomer;
    private String followUpNote;

    public void load() {
        if (id == null) {
            return;
        }
        campaign = campaigns.find(id).orElse(null);
        if (campaign == null) {
            return;
        }
        if (SurveyStep.FOLLOW_UP.allows(user.departments())) {
            int opened = replies.openPendingActions(id);
            if (opened > 0) {
                messages.info("survey.actions.opened", opened);
            }
        }
        eligible = new LazyRows<>(request -> campaigns.eligible(id, request), EligibleCustomer::customerId);
        notCovered = new LazyRows<>(request -> campaigns.notCovered(id, request), NotCovered::customerId);
        replyModel = new EntityLazyModel<>(request -> replies.submitted(id, request));
        refresh();
    }

    /** Re-reads the figures that move: progress, coverage, the uncovered customers, statistics. */
    public void refresh() {
        campaign = campaigns.find(id).orElseThrow();
        progress = campaigns.progress(id);
        eligibleSummary = campaigns.eligibleSummary(id);
        // the tabs are loaded when opened: each figure is computed the first time its tab asks
        coverage = null;
        followUps = null;
        stats = null;
        // the print file is SALES' to send; others do not see it
        printFileSize = SurveyStep.SEND_LETTERS.allows(user.departments()) ? documents.printFileSize(id) : 0;
    }

    /**
     * The poll while the dispatch runs reads and shows the progress alone: the lists and figures of
     * a large campaign take a second to compute, which every poll would take from the job itself.
     * Once the job has ended the whole page is read and shown again.
     */
    public void refreshProgress() {
        progress = campaigns.progress(id);
        if (!isDispatchRunning()) {
            refresh();
            PrimeFaces.current().ajax().update("campaignForm");
        }
    }

    public void dispatch() {
        if (messages.attempt(() -> campaigns.startDispatch(id), "survey.dispatch.started")) {
            refresh();
        }
    }

    public void logFollowUp() {
        if (followUpCustomer == null) {
            return;
        }
        if (messages.attempt(
                () -> campaigns.logFollowUp(id, followUpCustomer, followUpNote), "survey.followUp.saved")) {
            followUpNote = null;
            refresh();
        }
    }

    public void prepareFollowUp(NotCovered row) {
        followUpCustomer = row.customerId();
        followUpNote = null;
    }

    public void flag(SurveyReply reply) {
        messages.attempt(() -> replies.flag(reply.getId()), "survey.reply.flagged");
    }

    public void loadByCustomer() {
        byCustomer = statistics.byCustomer(id);
    }

    public boolean isDispatchable() {
        return campaign != null
                && (progress.batchStatus() == null
                        || "STOPPED".equals(progress.batchStatus())
                        || "FAILED".equals(progress.batchStatus()));
    }

    public boolean isDispatchRunning() {
        return progress != null
                && ("STARTING".equals(progress.batchStatus()) || "STARTED".equals(progress.batchStatus()));
    }

    public String getCoverageText() {
        Coverage coverage = getCoverage();
        return messages.text(
                "survey.coverage.text",
                coverage.covered(),
                coverage.eligible(),
                coverage.percent(),
                coverage.missing());
    }

    public EligibleSummary getEligibleSummary() {
        return eligibleSummary;
    }

    /** A half doughnut: covered against not yet covered, the target in the title (Chart.js). */
    public String getGaugeJson() {
        Coverage coverage = getCoverage();
        double covered = coverage.percent();
        String colour = coverage.isBelowTarget() ? "#e07b00" : "#2e7d32";
        return "{\"type\":\"doughnut\",\"data\":{\"labels\":[" + quote(messages.text("survey.coverage.covered"))
                + "," + quote(messages.text("survey.coverage.open")) + "],\"datasets\":[{\"data\":["
                + covered + "," + Math.max(0, 100 - covered) + "],\"backgroundColor\":[\"" + colour
                + "\",\"#dde3ea\"]}]},\"options\":{\"rotation\":-90,\"circumference\":180,\"cutout\":\"70%\","
                + "\"plugins\":{\"legend\":{\"display\":false},\"title\":{\"display\":true,\"text\":"
                + quote(messages.text("survey.coverage.gaugeTitle", covered, coverage.target())) + "}}}}";
    }

    /** Per item: mean of this campaign and of the previous one (Chart.js bar chart). */
    public String getItemChartJson() {
        var labels = new StringBuilder();
        var now = new StringBuilder();
        var before = new StringBuilder();
        CampaignStatistics stats = getStats();
        for (var row : stats.items()) {
            if (labels.length() > 0) {
                labels.append(',');
                now.append(',');
                before.append(',');
            }
            labels.append(quote(row.position() + ". " + shorten(row.text(user.getLanguage()))));
            now.append(number(row.mean()));
            before.append(number(row.previousMean()));
        }
        String previousName = stats.previousCampaign() == null ? "–" : stats.previousCampaign();
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":"
                + quote(stats.campaign()) + ",\"data\":[" + now + "],\"backgroundColor\":\"#1f5fa8\"},{\"label\":"
                + quote(previousName) + ",\"data\":[" + before + "],\"backgroundColor\":\"#9db7d5\"}]},"
                + "\"options\":{\"indexAxis\":\"y\",\"scales\":{\"x\":{\"min\":0,\"max\":5}},"
                + "\"plugins\":{\"title\":{\"display\":true,\"text\":" + quote(messages.text("survey.stats.meanChart"))
                + "}}}}";
    }

    public String number(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.2f", value);
    }

    public String fixed(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    public String percent(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f %%", value);
    }

    public String change(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%+.2f", value);
    }

    public String changeClass(double value) {
        return Double.isNaN(value) || Math.abs(value) < 0.005 ? "" : value > 0 ? "qd-up" : "qd-down";
    }

    private static String shorten(String text) {
        return text.length() > 28 ? text.substring(0, 27) + "…" : text;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SurveyCampaign getCampaign() {
        return campaign;
    }

    public LazyRows<EligibleCustomer> getEligible() {
        return eligible;
    }

    public DispatchProgress getProgress() {
        return progress;
    }

    public Coverage getCoverage() {
        if (coverage == null && campaign != null) {
            coverage = campaigns.coverage(id);
        }
        return coverage;
    }

    /** Asks the database for the page shown only: before the first replies, that is every customer. */
    public LazyRows<NotCovered> getNotCovered() {
        return notCovered;
    }

    public List<FollowUpCall> getFollowUps() {
        if (followUps == null && campaign != null) {
            followUps = campaigns.followUps(id);
        }
        return followUps;
    }

    /** Questionnaires in the print file: recipients invited by fax, mail or hand delivery. */
    public long getPrintFileSize() {
        return printFileSize;
    }

    public CampaignStatistics getStats() {
        if (stats == null && campaign != null) {
            stats = statistics.of(id);
        }
        return stats;
    }

    public List<CampaignStatistics.GroupRow> getByCustomer() {
        return byCustomer;
    }

    public ReplyChannel[] getReplyChannels() {
        return ReplyChannel.values();
    }

    public EntityLazyModel<SurveyReply> getReplyModel() {
        return replyModel;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public void setFollowUpNote(String followUpNote) {
        this.followUpNote = followUpNote;
    }
}
