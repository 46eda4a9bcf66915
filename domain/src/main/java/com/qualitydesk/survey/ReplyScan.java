package com.qualitydesk.survey;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The scanned original of a reply that came on paper, by fax or from a visit (CS-04). */
@Entity
@Table(name = "survey_reply_scan")
public class ReplyScan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "reply_id", nullable = false, unique = true)
    private SurveyReply reply;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    public ReplyScan() {}

    public ReplyScan(SurveyReply reply, String fileName, String contentType, byte[] content) {
        this.reply = reply;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public SurveyReply getReply() {
        return reply;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }
}
