package com.qualitydesk.web.shared;

import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import java.util.function.Function;

/** A table of entities; column field names are entity attribute paths ("customer.code"). */
public class EntityLazyModel<T extends EditableEntity> extends LazyRows<T> {

    private static final long serialVersionUID = 1L;

    public EntityLazyModel(Function<PageRequest, Page<T>> source) {
        super(source, EditableEntity::getId);
    }
}
