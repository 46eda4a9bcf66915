package com.qualitydesk.web.shared;

import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Every list's table: PrimeFaces asks for a page with its filters and sort, the service answers
 * from the database. Rows are told apart by the key given (an entity's id, a customer's id).
 */
public class LazyRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<PageRequest, Page<T>> source;
    private final transient Function<T, Object> key;

    public LazyRows(Function<PageRequest, Page<T>> source, Function<T, Object> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) fetch(new PageRequest(0, 1, null, true, filters(filterBy))).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = null;
        boolean ascending = true;
        for (SortMeta sort : sortBy.values()) {
            sortField = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
            break;
        }
        Page<T> page = fetch(new PageRequest(first, pageSize, sortField, ascending, filters(filterBy)));
        setRowCount((int) page.total());
        return page.rows();
    }

    private Page<T> fetch(PageRequest request) {
        return source.apply(request);
    }

    private static Map<String, Object> filters(Map<String, FilterMeta> filterBy) {
        var filters = new HashMap<String, Object>();
        filterBy.forEach((field, meta) -> {
            Object value = meta.getFilterValue();
            if (value != null && !(value instanceof String s && s.isBlank())) {
                filters.put(meta.getField() == null ? field : meta.getField(), value);
            }
        });
        return filters;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null
                ? null
                : getWrappedData().stream()
                        .filter(r -> String.valueOf(key.apply(r)).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
