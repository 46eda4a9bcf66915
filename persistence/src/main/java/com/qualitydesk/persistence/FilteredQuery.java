package com.qualitydesk.persistence;

import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one way every list in the product is paged, sorted and filtered: in the database, never by
 * loading everything. Callers may add fixed conditions (e.g. "only this customer's contacts").
 */
public final class FilteredQuery<T> {

    @FunctionalInterface
    public interface Condition<T> {
        Predicate apply(CriteriaBuilder cb, Root<T> root);
    }

    private final EntityManager em;
    private final Class<T> type;
    private final List<Condition<T>> conditions = new ArrayList<>();
    private String defaultSort = "id";

    private FilteredQuery(EntityManager em, Class<T> type) {
        this.em = em;
        this.type = type;
    }

    public static <T> FilteredQuery<T> of(EntityManager em, Class<T> type) {
        return new FilteredQuery<>(em, type);
    }

    public FilteredQuery<T> where(Condition<T> condition) {
        conditions.add(condition);
        return this;
    }

    /**
     * A condition for a search box: any of the text attributes (paths such as "customer.code")
     * contains the text, ignoring case. A blank text matches everything.
     */
    @SuppressWarnings("unchecked")
    public static <T> Condition<T> anyContains(String text, String... attributes) {
        return (cb, root) -> {
            if (text == null || text.isBlank()) {
                return cb.conjunction();
            }
            String needle = "%" + escapeLike(text.trim().toLowerCase()) + "%";
            var alternatives = new ArrayList<Predicate>();
            for (String attribute : attributes) {
                alternatives.add(cb.like(cb.lower((Expression<String>) path(root, attribute)), needle, '\\'));
            }
            return cb.or(alternatives.toArray(Predicate[]::new));
        };
    }

    public FilteredQuery<T> defaultSort(String attribute) {
        this.defaultSort = attribute;
        return this;
    }

    public Page<T> page(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        var query = cb.createQuery(type);
        Root<T> root = query.from(type);
        query.where(predicates(cb, root, request.filters()));
        String sort = request.sortField() == null || request.sortField().isBlank() ? defaultSort : request.sortField();
        Expression<?> sortPath = path(root, sort);
        // a stable secondary order keeps pages from overlapping when the sort key repeats
        query.orderBy(request.ascending() ? cb.asc(sortPath) : cb.desc(sortPath), cb.asc(root.get("id")));
        List<T> rows = em.createQuery(query)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();

        var count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, request.filters()));
        long total = em.createQuery(count).getSingleResult();
        return new Page<>(rows, total);
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<T> root, Map<String, Object> filters) {
        var all = new ArrayList<Predicate>();
        for (var c : conditions) {
            all.add(c.apply(cb, root));
        }
        filters.forEach((attribute, value) -> {
            if (value == null || (value instanceof String s && s.isBlank())) {
                return;
            }
            all.add(matches(cb, path(root, attribute), value));
        });
        return all.toArray(Predicate[]::new);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate matches(CriteriaBuilder cb, Path<?> path, Object value) {
        Class<?> javaType = path.getJavaType();
        if (javaType == String.class) {
            String needle = "%" + escapeLike(value.toString().trim().toLowerCase()) + "%";
            return cb.like(cb.lower((Expression<String>) path), needle, '\\');
        }
        if (javaType.isEnum() && value instanceof String s) {
            return cb.equal(path, Enum.valueOf((Class<Enum>) javaType, s));
        }
        if ((javaType == Boolean.class || javaType == boolean.class) && value instanceof String s) {
            return cb.equal(path, Boolean.parseBoolean(s));
        }
        if (javaType == LocalDate.class && value instanceof String s) {
            return cb.equal(path, LocalDate.parse(s));
        }
        return cb.equal(path, value);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Path<?> path(Root<?> root, String attribute) {
        Path<?> p = root;
        for (String part : attribute.split("\\.")) {
            p = p.get(part);
        }
        return p;
    }
}
