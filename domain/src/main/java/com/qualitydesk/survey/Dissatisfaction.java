package com.qualitydesk.survey;

import com.qualitydesk.security.Department;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * CS-07: which departments must act on a reply. An item scored at or below the threshold goes to
 * the department responsible for its category (IM-02); a reply SALES flagged without a low item
 * goes to SALES, who owns the customer relationship.
 */
public final class Dissatisfaction {

    public record Finding(SurveyCategory category, int score, String itemText) {}

    private Dissatisfaction() {}

    public static Map<Department, List<Finding>> byDepartment(
            Collection<Finding> scored, int threshold, boolean flaggedBySales) {
        var result = new EnumMap<Department, List<Finding>>(Department.class);
        for (Finding f : scored) {
            if (f.score() <= threshold) {
                result.computeIfAbsent(f.category().responsible(), d -> new java.util.ArrayList<>())
                        .add(f);
            }
        }
        if (flaggedBySales && result.isEmpty()) {
            result.put(Department.SALES, List.of());
        }
        return result;
    }
}
