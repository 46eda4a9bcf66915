package com.qualitydesk.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.qualitydesk.feedback.Severity;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.reflect.Method;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.junit.jupiter.api.Test;

/** Parameters are read as strictly as their OpenAPI description says, and a refusal names them. */
class StrictParametersTest {

    @SuppressWarnings("unused")
    void sample(
            @Parameter(schema = @Schema(minimum = "1", maximum = "500")) @QueryParam("size") int size,
            @QueryParam("overdue") boolean overdue,
            @QueryParam("severity") Severity severity,
            @Parameter(schema = @Schema(maxLength = 5)) @QueryParam("code") String code,
            @QueryParam("free") String free,
            @Parameter(schema = @Schema(minimum = "0")) @QueryParam("first") int first) {}

    @Test
    void aWholeNumberMustBeOneWithinTheDocumentedRange() throws Exception {
        var size = converter(0, int.class);
        assertEquals(20, size.fromString("20"));
        for (String wrong : List.of("0", "501", "abc", "1.5", "", " 20")) {
            ApiProblem refused = assertThrows(ApiProblem.class, () -> size.fromString(wrong), wrong);
            assertEquals(400, refused.status());
            assertEquals("size", refused.parameter());
            assertEquals("api.parameter.integer", refused.key());
            assertEquals(List.of("size", "1", "500"), List.of(refused.arguments()));
        }
        ApiProblem negative =
                assertThrows(ApiProblem.class, () -> converter(5, int.class).fromString("-1"));
        assertEquals("api.parameter.integer.min", negative.key());
    }

    @Test
    void aBooleanIsTrueOrFalseNotMaybe() throws Exception {
        var overdue = converter(1, boolean.class);
        assertEquals(true, overdue.fromString("true"));
        assertEquals(false, overdue.fromString("FALSE"));
        ApiProblem refused = assertThrows(ApiProblem.class, () -> overdue.fromString("maybe"));
        assertEquals("overdue", refused.parameter());
        assertEquals(List.of("true", "false"), refused.allowed());
    }

    @Test
    void anEnumIsOneOfItsNamesInAnyCaseAndARefusalListsThemNotTheClass() throws Exception {
        var severity = converter(2, Severity.class);
        assertEquals(
                Severity.values()[0],
                severity.fromString(Severity.values()[0].name().toLowerCase()));
        ApiProblem refused = assertThrows(ApiProblem.class, () -> severity.fromString("HUGE"));
        assertEquals("api.parameter.enum", refused.key());
        assertEquals(Severity.values().length, refused.allowed().size());
        String listed = (String) refused.arguments()[1];
        assertEquals(-1, listed.indexOf("com.qualitydesk"), listed);
    }

    @Test
    void aTextIsAtMostItsDocumentedLengthAndOtherwiseLeftToJaxRs() throws Exception {
        var code = converter(3, String.class);
        assertEquals("C1003", code.fromString("C1003"));
        assertEquals(
                "api.parameter.tooLong",
                assertThrows(ApiProblem.class, () -> code.fromString("C10030")).key());
        assertNull(converter(4, String.class), "a text without a limit needs no converter");
    }

    @SuppressWarnings("unchecked")
    private static <T> ParamConverter<T> converter(int index, Class<T> type) throws Exception {
        Method sample = StrictParametersTest.class.getDeclaredMethod(
                "sample", int.class, boolean.class, Severity.class, String.class, String.class, int.class);
        return new StrictParameters().getConverter(type, type, sample.getParameterAnnotations()[index]);
    }
}
