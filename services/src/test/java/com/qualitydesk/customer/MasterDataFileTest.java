package com.qualitydesk.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The master-data import file of CC-01: read, checked as a whole, every bad line reported. */
class MasterDataFileTest {

    /** The system knows customers C1001, C1002 and product V-200. */
    private static final MasterDataFile.References KNOWN = new MasterDataFile.References() {
        @Override
        public boolean customerExists(String code) {
            return Set.of("C1001", "C1002").contains(code);
        }

        @Override
        public boolean productExists(String code) {
            return "V-200".equals(code);
        }
    };

    private static MasterDataFile csv(MasterDataKind kind, String text) {
        return MasterDataFile.read(kind, "test.csv", text.getBytes(StandardCharsets.UTF_8), KNOWN);
    }

    @Test
    void goodCustomersCsvGivesTypedRows() {
        var file = csv(
                MasterDataKind.CUSTOMERS,
                """
                code,name_zh,name_en,industry,address,status
                C2001,华东机电有限公司,East China Electromechanics,Machinery,"上海市浦东新区, 88 号",ACTIVE
                C2002,,"Baltic Valves, Ltd.",Valves,,inactive
                """);

        assertTrue(file.isValid(), () -> file.problems().toString());
        assertEquals(2, file.lines());
        var rows = file.rows();
        assertEquals(2, rows.get(0).line());
        assertEquals("华东机电有限公司", rows.get(0).text("name_zh"));
        assertEquals("上海市浦东新区, 88 号", rows.get(0).text("address"));
        assertEquals(CustomerStatus.ACTIVE, rows.get(0).choice("status", CustomerStatus.class));
        assertEquals(3, rows.get(1).line());
        assertNull(rows.get(1).text("name_zh"));
        assertTrue(rows.get(1).has("name_zh"), "an empty cell is present, as null");
        assertEquals(CustomerStatus.INACTIVE, rows.get(1).choice("status", CustomerStatus.class));
    }

    @Test
    void goodDeliveriesXlsxWithDateAndNumberCells() throws IOException {
        byte[] xlsx;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("deliveries");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            String[] columns = {"customer_code", "product_code", "lot_number", "quantity", "ship_date", "promised_date"
            };
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("C1001");
            row.createCell(1).setCellValue("V-200");
            row.createCell(2).setCellValue(20261201); // a lot number typed as a number
            row.createCell(3).setCellValue(1500.0);
            row.createCell(4).setCellValue(LocalDate.of(2026, 12, 1));
            row.getCell(4).setCellStyle(dateStyle);
            row.createCell(5).setCellValue("2026-11-30"); // a date typed as text
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        var file = MasterDataFile.read(MasterDataKind.DELIVERIES, "deliveries.xlsx", xlsx, KNOWN);

        assertTrue(file.isValid(), () -> file.problems().toString());
        var delivery = file.rows().get(0);
        assertEquals(2, delivery.line(), "the row of the sheet, the header being row 1");
        assertEquals("20261201", delivery.text("lot_number"));
        assertEquals(1500, delivery.number("quantity"));
        assertEquals(LocalDate.of(2026, 12, 1), delivery.date("ship_date"));
        assertEquals(LocalDate.of(2026, 11, 30), delivery.date("promised_date"));
    }

    @Test
    void oneBadLineIsReportedWithItsNumberAndReason() {
        var file = csv(
                MasterDataKind.CONTRACTS,
                """
                number,customer_code,start_date,end_date
                HT-2027-001,C1001,2027-01-01,2027-12-31
                HT-2027-002,C1002,2027-02-30,
                HT-2027-003,C1002,2027-03-01,
                """);

        assertFalse(file.isValid());
        assertEquals(
                List.of(new ImportProblem(3, "start_date", "import.badDate", List.of("start_date", "2027-02-30"))),
                file.problems());
        assertEquals(3, file.lines());
        assertEquals(ImportReport.refused(MasterDataKind.CONTRACTS, "test.csv", 3, file.problems()), file.refusal());
    }

    @Test
    void theWholeFileIsCheckedAndEveryBadLineReported() {
        var file = csv(
                MasterDataKind.DELIVERIES,
                """
                customer_code,product_code,lot_number,quantity,ship_date,promised_date
                C1001,V-200,L1,10,2026-12-01,
                C9999,V-200,L2,10,2026-12-01,
                C1001,X-1,L3,10,2026-12-01,
                C1001,V-200,,ten,01.12.2026,
                C1001,V-200,L5,0,2026-12-01,
                """);

        assertEquals(
                List.of(
                        ImportProblem.of(3, "customer_code", "import.unknownCustomer", "customer_code", "C9999"),
                        ImportProblem.of(4, "product_code", "import.unknownProduct", "product_code", "X-1"),
                        ImportProblem.of(5, "lot_number", "import.missing", "lot_number"),
                        ImportProblem.of(5, "quantity", "import.badNumber", "quantity", "ten"),
                        ImportProblem.of(5, "ship_date", "import.badDate", "ship_date", "01.12.2026"),
                        ImportProblem.of(6, "quantity", "import.notPositive", "quantity", "0")),
                file.problems());
    }

    @Test
    void aKeyTwiceInTheFileIsADuplicate() {
        var file = csv(
                MasterDataKind.CONTACTS,
                """
                customer_code,name,email
                C1001,周建国,zhou@example.com
                C1002,周建国,zhou2@example.com
                C1001,孙丽,sun@example.com
                C1001,周建国,other@example.com
                """);

        assertEquals(
                List.of(ImportProblem.of(5, "customer_code", "import.duplicate", "C1001 / 周建国", 2)), file.problems());
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "code,name,family,safety_relevant\r\nP-900,Relief valve 安全阀,Valves,yes\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);

        var file = MasterDataFile.read(MasterDataKind.PRODUCTS, "products.csv", content, KNOWN);

        assertTrue(file.isValid(), () -> file.problems().toString());
        assertEquals("P-900", file.rows().get(0).text("code"));
        assertEquals(Boolean.TRUE, file.rows().get(0).flag("safety_relevant"));
    }

    @Test
    void aCodeDefinedEarlierInTheFileCountsAsKnown() {
        var file = MasterDataFile.read(
                MasterDataKind.PRODUCTS,
                "products.csv",
                "code,name\nP-1,One\nP-1,Again\n".getBytes(StandardCharsets.UTF_8),
                MasterDataFile.References.none());

        assertEquals(List.of(ImportProblem.of(3, "code", "import.duplicate", "P-1", 2)), file.problems());
    }

    @Test
    void headersAreCheckedFirst() {
        var file = csv(MasterDataKind.PRODUCTS, "Code,Product name,family\nP-1,One,Valves\n");

        assertEquals(
                List.of(
                        ImportProblem.of(
                                1,
                                "Product name",
                                "import.unknownColumn",
                                "Product name",
                                "code, name, family, safety_relevant"),
                        ImportProblem.of(1, "name", "import.missingColumn", "name")),
                file.problems());
    }

    @Test
    void lineNumbersCountTheLinesOfQuotedValuesAndBlankLines() {
        var file = csv(
                MasterDataKind.CUSTOMERS,
                "code,name_en,address\n"
                        + "C3001,Multi Line Ltd.,\"Street 1\nBuilding 2\"\n"
                        + "\n"
                        + "C3002,,nowhere\n");

        assertEquals(List.of(ImportProblem.of(5, "name_zh", "import.customerName")), file.problems());
        assertEquals(2, file.lines());
    }

    @Test
    void semicolonSeparatedFilesAreRead() {
        var file = csv(MasterDataKind.PRODUCTS, "code;name;family\nP-1;One, two;Valves\n");

        assertTrue(file.isValid(), () -> file.problems().toString());
        assertEquals("One, two", file.rows().get(0).text("name"));
    }

    @Test
    void aFileInAnotherEncodingIsNamedWithItsLine() {
        byte[] gbk = "code,name_zh\nC4001,华东机电\n".getBytes(Charset.forName("GBK"));

        var file = MasterDataFile.read(MasterDataKind.CUSTOMERS, "customers.csv", gbk, KNOWN);

        assertEquals(List.of(ImportProblem.of(2, null, "import.encoding")), file.problems());
    }

    @Test
    void choicesFlagsAndPeriodsAreChecked() {
        var contacts = csv(
                MasterDataKind.CONTACTS,
                """
                customer_code,name,language,survey_channel,survey_recipient,email
                C1001,A,zh-CN,hand delivery,是,a@example.com
                C1001,B,fr,PIGEON,maybe,not-an-address
                """);
        assertEquals(
                List.of(
                        ImportProblem.of(3, "language", "import.badLanguage", "language", "fr"),
                        ImportProblem.of(
                                3,
                                "survey_channel",
                                "import.badChoice",
                                "survey_channel",
                                "PIGEON",
                                "EMAIL, FAX, MAIL, HAND_DELIVERY, VISIT"),
                        ImportProblem.of(3, "survey_recipient", "import.badFlag", "survey_recipient", "maybe"),
                        ImportProblem.of(3, "email", "import.badEmail", "email", "not-an-address")),
                contacts.problems());
        var good = contacts.rows().get(0);
        assertEquals("zh_CN", good.text("language"));
        assertEquals(SurveyChannel.HAND_DELIVERY, good.choice("survey_channel", SurveyChannel.class));
        assertEquals(Boolean.TRUE, good.flag("survey_recipient"));

        var contracts = csv(
                MasterDataKind.CONTRACTS, "number,customer_code,start_date,end_date\nX,C1001,2027-05-01,2027-04-30\n");
        assertEquals(
                List.of(ImportProblem.of(2, "end_date", "import.period", "2027-05-01", "2027-04-30")),
                contracts.problems());
    }

    @Test
    void anEmptyFileOrOneWithoutDataIsRefused() {
        assertEquals(
                List.of(ImportProblem.of(1, null, "import.empty")),
                csv(MasterDataKind.CUSTOMERS, "").problems());
        assertEquals(
                List.of(ImportProblem.of(1, null, "import.noRows")),
                csv(MasterDataKind.CUSTOMERS, "code,name_en\n\n").problems());
    }

    @Test
    void aBrokenWorkbookIsUnreadable() {
        byte[] notReally = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3};

        var file = MasterDataFile.read(MasterDataKind.CUSTOMERS, "broken.xlsx", notReally, KNOWN);

        assertEquals(List.of(ImportProblem.of(0, null, "import.unreadable")), file.problems());
    }
}
