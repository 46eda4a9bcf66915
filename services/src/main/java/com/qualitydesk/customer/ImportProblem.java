package com.qualitydesk.customer;

import java.util.List;

/**
 * One thing wrong with a line of an import file (CC-01).
 *
 * @param line the line of the file (CSV) or the row of the sheet (Excel), counting the header as
 *     line 1; 0 when the file as a whole cannot be read
 * @param column the documented column concerned, or null
 * @param reason a message key ("import.badDate"), so each reader sees it in their own language
 * @param arguments the message arguments: the column, the value found, the expected choices
 */
public record ImportProblem(int line, String column, String reason, List<String> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem of(int line, String column, String reason, Object... arguments) {
        return new ImportProblem(
                line,
                column,
                reason,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
