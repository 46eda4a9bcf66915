package com.qualitydesk.survey;

import com.qualitydesk.shared.PageRequest;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;

/**
 * The filters and order of a campaign's lists of customers (eligible, not covered), on the
 * customer alias {@code cu}: parts of the code, of the name in either language, of the industry;
 * by code unless by "name" or "industry".
 */
final class CustomerListFilter {

    private final StringBuilder condition = new StringBuilder();
    private final Map<String, String> patterns = new HashMap<>();
    private final String order;

    CustomerListFilter(PageRequest request) {
        request.filters().forEach((field, value) -> {
            String clause =
                    switch (field) {
                        case "code" -> " and lower(cu.code) like :code";
                        case "name" -> " and (lower(cu.nameZh) like :name or lower(cu.nameEn) like :name)";
                        case "industry" -> " and lower(cu.industry) like :industry";
                        default -> null; // not a text filter of these lists
                    };
            if (clause != null) {
                condition.append(clause);
                String typed = String.valueOf(value).strip().toLowerCase();
                // the typed text is a part to find, never a pattern of its own
                patterns.put(
                        field, "%" + typed.replace("\\", "").replace("%", "").replace("_", "") + "%");
            }
        });
        String column =
                switch (request.sortField() == null ? "code" : request.sortField()) {
                    case "name" -> "coalesce(cu.nameZh, cu.nameEn)";
                    case "industry" -> "cu.industry";
                    default -> "cu.code";
                };
        // the code once only: H2 answers "order by cu.code, cu.code ... limit" with empty values
        order = " order by " + column + (request.sortField() == null || request.ascending() ? "" : " desc")
                + (column.equals("cu.code") ? "" : ", cu.code");
    }

    /** The conditions, each beginning with "and". */
    String condition() {
        return condition.toString();
    }

    String order() {
        return order;
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        patterns.forEach(query::setParameter);
        return query;
    }
}
