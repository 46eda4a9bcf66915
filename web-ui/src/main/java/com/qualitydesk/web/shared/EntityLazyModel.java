package com.qualitydesk.web.shared;

import com.qualitydesk.shared.EditableEntity;
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
 * from the database. Column field names are entity attribute paths ("customer.code").
 */
public class EntityLazyModel<T extends EditableEntity> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<PageRequest, Page<T>> source;

    public EntityLazyModel(Function<PageRequest, Page<T>> source) {
        this.source = source;
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
        return String.valueOf(row.getId());
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null
                ? null
                : getWrappedData().stream()
                        .filter(r -> String.valueOf(r.getId()).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
