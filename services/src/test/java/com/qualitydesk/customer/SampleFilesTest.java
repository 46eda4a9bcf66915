package com.qualitydesk.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sample files the import screen links to (CC-01) import cleanly into the demo data. */
class SampleFilesTest {

    /** The codes DemoData creates. */
    private static final MasterDataFile.References DEMO = new MasterDataFile.References() {
        @Override
        public boolean customerExists(String code) {
            return Set.of("C1001", "C1002", "C1003", "C1004", "C1005", "C1006").contains(code);
        }

        @Override
        public boolean productExists(String code) {
            return Set.of("V-200", "S-310", "P-450", "B-120").contains(code);
        }
    };

    @ParameterizedTest
    @EnumSource(MasterDataKind.class)
    void sampleReadsWithoutProblems(MasterDataKind kind) throws IOException {
        String name = kind.name().toLowerCase(Locale.ROOT) + ".csv";
        Path sample = Path.of("..", "web-ui", "src", "main", "webapp", "resources", "qd", "samples", name);

        var file = MasterDataFile.read(kind, name, Files.readAllBytes(sample), DEMO);

        assertTrue(file.isValid(), () -> name + ": " + file.problems());
        assertTrue(file.lines() > 0);
        assertEquals(kind.columnNames(), headerOf(sample), "a sample shows every documented column, in order");
    }

    private static java.util.List<String> headerOf(Path sample) throws IOException {
        String first = Files.readAllLines(sample).get(0).replace("\uFEFF", "");
        return java.util.List.of(first.split(","));
    }
}
