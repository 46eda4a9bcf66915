package com.qualitydesk.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.customer.ImportProblem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CS-09: a gauge's file is checked as a whole, every bad line named with its number and reason. */
class MeasurementFileTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 16, 0);

    private static MeasurementFile read(int subgroupSize, String text) {
        return MeasurementFile.read(text.getBytes(StandardCharsets.UTF_8), subgroupSize, NOW);
    }

    private static List<String> problems(MeasurementFile file) {
        return file.problems().stream()
                .map(p -> p.line() + " " + p.column() + " " + p.reason())
                .toList();
    }

    @Test
    void aGoodFileGivesItsValuesInOrder() {
        var file = read(
                2,
                "\uFEFFtime,subgroup,value\r\n"
                        + "2026-11-03T08:15,1,10.02\r\n"
                        + "2026-11-03T08:15,1,9.98\r\n"
                        + "\r\n"
                        + "2026-11-03 09:15,2,-0.5e1\r\n"
                        + "2026-11-03T09:15:30,2,10\r\n");
        assertTrue(file.isValid(), () -> problems(file).toString());
        assertEquals(4, file.lines().size());
        assertEquals(-5.0, file.lines().get(2).value());
        assertEquals(LocalDateTime.of(2026, 11, 3, 9, 15), file.lines().get(2).time());
        assertEquals(6, file.lines().get(3).number(), "the blank line still counts for the numbers people see");
    }

    @Test
    void everyBadLineIsNamedAndNothingIsTaken() {
        var file = read(
                1,
                "time,subgroup,value\n"
                        + "2026-11-03T08:15,1,abc\n"
                        + "03.11.2026 08:15,2,10\n"
                        + "2026-11-03T08:15,0,10\n"
                        + "2026-11-03T08:15,4,NaN\n"
                        + "2026-11-03T08:15,5\n"
                        + "2026-12-05T08:00,6,10\n");
        assertFalse(file.isValid());
        assertEquals(
                List.of(
                        "2 value measurements.value.invalid",
                        "3 time measurements.time.invalid",
                        "4 subgroup measurements.subgroup.invalid",
                        "5 value measurements.value.invalid",
                        "6 time measurements.columns",
                        "7 time measurements.future"),
                problems(file));
    }

    @Test
    void aSubgroupMustBringTheCharacteristicsNumberOfValues() {
        var file = read(
                3,
                "time,subgroup,value\n"
                        + "2026-11-03T08:15,1,10\n"
                        + "2026-11-03T08:15,1,10.1\n"
                        + "2026-11-03T08:15,1,9.9\n"
                        + "2026-11-03T09:15,2,10\n"
                        + "2026-11-03T09:15,2,10.2\n");
        assertEquals(List.of("5 subgroup measurements.subgroup.size"), problems(file));
        ImportProblem p = file.problems().get(0);
        assertEquals(List.of("2", "2", "3"), p.arguments());
    }

    @Test
    void aFileWithoutTheHeaderOrWithoutValuesIsRefused() {
        assertEquals(
                List.of("1 time measurements.header"),
                problems(read(1, "when,group,reading\n2026-11-03T08:15,1,10\n")));
        assertEquals(List.of("2 value measurements.empty"), problems(read(1, "time,subgroup,value\n\n")));
    }
}
