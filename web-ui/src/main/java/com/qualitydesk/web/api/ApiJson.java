package com.qualitydesk.web.api;

import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.ImportProblem;
import com.qualitydesk.customer.ImportReport;
import com.qualitydesk.web.customer.ImportTexts;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the REST API. */
public final class ApiJson {

    private ApiJson() {}

    @Schema(description = "What became of an import file: imported as a whole, or refused with every bad line.")
    public record ImportResult(
            @Schema(example = "CUSTOMERS") String kind,
            String fileName,
            @Schema(description = "true: everything was stored; false: nothing was stored") boolean imported,
            @Schema(description = "data lines of the file") int lines,
            int created,
            int updated,
            int unchanged,
            List<Problem> problems) {

        static ImportResult of(ImportReport report, Locale locale) {
            return new ImportResult(
                    report.kind().name(),
                    report.fileName(),
                    report.imported(),
                    report.lines(),
                    report.created(),
                    report.updated(),
                    report.unchanged(),
                    report.problems().stream().map(p -> Problem.of(p, locale)).toList());
        }
    }

    @Schema(description = "One bad line of an import file")
    public record Problem(
            @Schema(description = "line of the file, the header being line 1; 0 for the whole file") int line,
            @Schema(description = "documented column, if any") String column,
            @Schema(description = "message key", example = "import.badDate") String reason,
            List<String> arguments,
            @Schema(description = "the reason in the language of Accept-Language") String message) {

        static Problem of(ImportProblem problem, Locale locale) {
            return new Problem(
                    problem.line(),
                    problem.column(),
                    problem.reason(),
                    problem.arguments(),
                    ImportTexts.describe(locale, problem));
        }
    }

    @Schema(description = "A refused call")
    public record Error(String error, String message) {}

    @Schema(description = "A customer account")
    public record CustomerJson(
            long id, String code, String nameZh, String nameEn, String industry, String address, String status) {

        static CustomerJson of(Customer c) {
            return new CustomerJson(
                    c.getId(),
                    c.getCode(),
                    c.getNameZh(),
                    c.getNameEn(),
                    c.getIndustry(),
                    c.getAddress(),
                    c.getStatus().name());
        }
    }

    @Schema(description = "One page of customers, sorted by code")
    public record CustomerPage(int first, int size, long total, List<CustomerJson> rows) {}

    @Schema(description = "A visitor's feedback from the company website (CC-02)")
    public record WebsiteFeedbackJson(
            @Schema(required = true, maxLength = 200) String company,
            @Schema(required = true, maxLength = 200, description = "the visitor's name") String name,
            @Schema(required = true, maxLength = 200, description = "e-mail address or phone number") String contact,
            @Schema(maxLength = 200) String product,
            @Schema(required = true, maxLength = 4000, description = "what the visitor wrote") String description,
            @Schema(
                            description =
                                    "the honeypot of the website's form: send what its hidden field holds, normally"
                                            + " nothing")
                    String website,
            FileJson attachment) {

        com.qualitydesk.intake.WebsiteFeedback form() {
            var form = new com.qualitydesk.intake.WebsiteFeedback(company, name, contact, product, description);
            form.setWebsite(website);
            return form;
        }
    }

    @Schema(description = "A file sent along, its content in base64")
    public record FileJson(
            @Schema(example = "scratch.jpg") String fileName,
            @Schema(description = "the file's bytes, base64") String content) {}

    @Schema(description = "The public reference of the received feedback")
    public record Reference(@Schema(example = "W-7KQ2M9XH4C") String reference) {}

    @Schema(description = "A refused submission and every reason")
    public record Refusal(String error, String message, List<FieldProblem> problems) {}

    @Schema(description = "One refused field")
    public record FieldProblem(@Schema(example = "contact") String field, String message) {}
}
