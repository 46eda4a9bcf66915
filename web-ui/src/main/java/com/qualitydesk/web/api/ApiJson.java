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
}
