package com.qualitydesk.web.api;

import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.ImportProblem;
import com.qualitydesk.customer.ImportReport;
import com.qualitydesk.web.customer.ImportTexts;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
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
            List<LineProblem> problems) {

        static ImportResult of(ImportReport report, Locale locale) {
            return new ImportResult(
                    report.kind().name(),
                    report.fileName(),
                    report.imported(),
                    report.lines(),
                    report.created(),
                    report.updated(),
                    report.unchanged(),
                    report.problems().stream()
                            .map(p -> LineProblem.of(p, locale))
                            .toList());
        }
    }

    @Schema(description = "One bad line of an import file")
    public record LineProblem(
            @Schema(description = "line of the file, the header being line 1; 0 for the whole file") int line,
            @Schema(description = "documented column, if any") String column,
            @Schema(description = "message key", example = "import.badDate") String reason,
            List<String> arguments,
            @Schema(description = "the reason in the language of Accept-Language") String message) {

        static LineProblem of(ImportProblem problem, Locale locale) {
            return new LineProblem(
                    problem.line(),
                    problem.column(),
                    problem.reason(),
                    problem.arguments(),
                    ImportTexts.describe(locale, problem));
        }
    }

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

    /**
     * A visitor's feedback as the website's server sends it (CC-02). Read strictly ({@link
     * StrictJsonBodies}): a field not listed here is refused with a 400 that names it, so that a
     * misspelt "atachment" does not lose the visitor's file without a word.
     */
    @Schema(
            description = "A visitor's feedback from the company website (CC-02); a field not listed here is"
                    + " refused (400)")
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

    /**
     * Every refused call, RFC 9457 problem details, answered as application/problem+json: the
     * HTTP status again, a type that programs may branch on, and the detail in the language of
     * Accept-Language (en, zh-CN). Extension members only where the problem has them.
     */
    @Schema(name = "Problem", description = "A refused call (RFC 9457 problem details, application/problem+json)")
    @JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "parameter", "allowed", "problems"})
    public record ProblemJson(
            @Schema(
                            required = true,
                            description = "what kind of problem; stable, for programs to branch on",
                            example = Problems.TYPE_PREFIX + "api.parameter.integer")
                    String type,
            @Schema(required = true, description = "the kind of problem in a few words, in the caller's language")
                    String title,
            @Schema(required = true, description = "the HTTP status of the answer", example = "400") int status,
            @Schema(required = true, description = "what went wrong and what to do, in the caller's language")
                    String detail,
            @Schema(description = "the path that was called", example = "/api/feedback") String instance,
            @Schema(description = "the refused query, path or header parameter", example = "size") String parameter,
            @Schema(description = "the values the refused parameter accepts") List<String> allowed,
            @Schema(description = "every refused field of the request body") List<FieldProblem> problems) {}

    /** A refused import: the problem details and, as extension members, what the report says. */
    @Schema(
            name = "ImportRefusal",
            description = "A refused import file (application/problem+json): every bad line, nothing stored")
    @JsonbPropertyOrder({
        "type",
        "title",
        "status",
        "detail",
        "instance",
        "kind",
        "fileName",
        "imported",
        "lines",
        "problems"
    })
    public record ImportRefusalJson(
            @Schema(required = true, example = Problems.TYPE_PREFIX + "import.refused") String type,
            @Schema(required = true) String title,
            @Schema(required = true, example = "422") int status,
            @Schema(required = true) String detail,
            String instance,
            @Schema(example = "CUSTOMERS") String kind,
            String fileName,
            @Schema(description = "always false: nothing was stored") boolean imported,
            @Schema(description = "data lines of the file") int lines,
            @Schema(description = "every bad line") List<LineProblem> problems) {}

    @Schema(description = "One refused field of the request body")
    @JsonbPropertyOrder({"field", "reason", "message"})
    public record FieldProblem(
            @Schema(description = "the field, nested fields joined by a dot", example = "contact") String field,
            @Schema(description = "message key, stable for programs", example = "intake.contact.invalid") String reason,
            @Schema(description = "the reason in the language of Accept-Language") String message) {}

    @Schema(description = "A characteristic of an important process (CS-09); at least one limit")
    public record CharacteristicJson(
            @Schema(required = true, maxLength = 100, example = "Workshop 2") String workshop,
            @Schema(required = true, maxLength = 120, example = "Grinding") String process,
            @Schema(required = true, maxLength = 120, example = "Bore diameter") String name,
            @Schema(maxLength = 20, example = "mm") String unit,
            @Schema(description = "lower specification limit", example = "9.95") Double lowerLimit,
            @Schema(description = "upper specification limit", example = "10.05") Double upperLimit,
            @Schema(example = "10.0") Double target,
            @Schema(required = true, description = "values per subgroup, 1 (individuals) to 25", example = "5")
                    Integer subgroupSize) {}

    @Schema(description = "A created record's id")
    public record Created(long id) {}

    @Schema(description = "A file of measurements stored as a whole (CS-09)")
    public record MeasurementsStored(int values, int subgroups) {}

    @Schema(description = "A file of measurements refused as a whole: nothing stored")
    public record MeasurementsRefusalJson(
            @Schema(required = true, example = Problems.TYPE_PREFIX + "measurements.refused") String type,
            @Schema(required = true) String title,
            @Schema(required = true, example = "422") int status,
            @Schema(required = true) String detail,
            String instance,
            @Schema(description = "every bad line") List<LineProblem> problems) {}
}
