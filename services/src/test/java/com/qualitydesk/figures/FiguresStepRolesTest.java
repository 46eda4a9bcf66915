package com.qualitydesk.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qualitydesk.security.ServiceRoles;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CS-09: the container's {@code @RolesAllowed} on the figures services is the first gate,
 * {@link FiguresStep} the policy the screens ask; both must name the same departments. (Which
 * department's sheet a keeper may touch is the services' second gate, {@link
 * FiguresStep#requireKeeper}, tried in MonthlySheetsIT.)
 */
class FiguresStepRolesTest {

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of(Characteristics.class, "save", FiguresStep.KEEP_CHARACTERISTICS),
                Arguments.of(Characteristics.class, "all", FiguresStep.READ_FIGURES),
                Arguments.of(Characteristics.class, "find", FiguresStep.READ_FIGURES),
                Arguments.of(MeasurementImport.class, "importFile", FiguresStep.IMPORT_MEASUREMENTS),
                Arguments.of(ProcessCapability.class, "of", FiguresStep.READ_FIGURES),
                Arguments.of(MonthlySheets.class, "find", FiguresStep.READ_FIGURES),
                Arguments.of(MonthlySheets.class, "grid", FiguresStep.READ_FIGURES),
                Arguments.of(MonthlySheets.class, "pdf", FiguresStep.READ_FIGURES),
                Arguments.of(SheetFilling.class, "open", FiguresStep.KEEP_SHEET),
                Arguments.of(SheetFilling.class, "enter", FiguresStep.KEEP_SHEET),
                Arguments.of(SheetImport.class, "importFile", FiguresStep.KEEP_SHEET),
                Arguments.of(SheetSubmission.class, "submit", FiguresStep.KEEP_SHEET),
                Arguments.of(SheetCorrection.class, "correct", FiguresStep.KEEP_SHEET),
                Arguments.of(SheetAcceptance.class, "accept", FiguresStep.ACCEPT_SHEET));
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @MethodSource("steps")
    void theServiceAdmitsExactlyTheDepartmentsOfItsStep_CS09(Class<?> service, String method, FiguresStep step) {
        assertEquals(
                step.departments(), ServiceRoles.admittedBy(service, method), service.getSimpleName() + "." + method);
    }
}
