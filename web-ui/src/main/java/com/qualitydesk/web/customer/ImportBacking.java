package com.qualitydesk.web.customer;

import com.qualitydesk.customer.ImportProblem;
import com.qualitydesk.customer.ImportReport;
import com.qualitydesk.customer.MasterDataImport;
import com.qualitydesk.customer.MasterDataKind;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.file.UploadedFile;

/**
 * customer/import.xhtml: one master-data file, CSV or Excel, checked as a whole and imported all
 * or nothing (CC-01). The report lists every bad line, or what was created and updated.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MasterDataImport importer;

    @Inject
    UserMessages messages;

    @Inject
    UserSession user;

    private List<MasterDataKind> kinds;
    private MasterDataKind kind;
    private transient UploadedFile file;
    private ImportReport report;

    @PostConstruct
    void init() {
        kinds = importer.importableKinds().stream().sorted().toList();
        kind = kinds.isEmpty() ? null : kinds.get(0);
    }

    public void doImport() {
        report = null;
        if (kind == null || file == null || file.getSize() == 0) {
            messages.error("import.chooseFile");
            return;
        }
        // some browsers send the whole path of the file
        String name = file.getFileName() == null ? "" : file.getFileName().replaceAll(".*[/\\\\]", "");
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            messages.error("import.fileType");
            return;
        }
        if (file.getSize() > MasterDataImport.MAX_BYTES) {
            messages.error("import.tooLarge", MasterDataImport.MAX_BYTES / (1024 * 1024));
            return;
        }
        byte[] content = file.getContent();
        messages.attempt(() -> report = importer.importFile(kind, name, content), null);
    }

    /** "customers.csv: 8 lines, 2 created, 3 updated, 3 unchanged." of an imported file. */
    public String getCounts() {
        return report == null
                ? ""
                : messages.text(
                        "import.result.counts",
                        report.fileName(),
                        report.lines(),
                        report.created(),
                        report.updated(),
                        report.unchanged());
    }

    /** "customers.csv: 5 problems in 3 lines. Nothing was stored; ..." of a refused file. */
    public String getProblemCount() {
        return report == null
                ? ""
                : messages.text(
                        "import.result.problems",
                        report.fileName(),
                        report.problems().size(),
                        report.problems().stream()
                                .mapToInt(ImportProblem::line)
                                .distinct()
                                .count());
    }

    /** The reason of a bad line in the reader's language. */
    public String reason(ImportProblem problem) {
        return ImportTexts.describe(user.getLocale(), problem);
    }

    /** The documented columns of a kind, the required ones marked with *. */
    public String columns(MasterDataKind of) {
        return String.join(
                ", ",
                of.columns().stream()
                        .map(c -> c.required() ? c.name() + "*" : c.name())
                        .toList());
    }

    public String key(MasterDataKind of) {
        return String.join(" + ", of.key());
    }

    /** The sample file of a kind, under resources/qd/samples, that imports into the demo data. */
    public String sample(MasterDataKind of) {
        return of.name().toLowerCase(Locale.ROOT) + ".csv";
    }

    public List<MasterDataKind> getKinds() {
        return kinds;
    }

    public MasterDataKind getKind() {
        return kind;
    }

    public void setKind(MasterDataKind kind) {
        this.kind = kind;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }

    public int getMaxBytes() {
        return MasterDataImport.MAX_BYTES;
    }
}
