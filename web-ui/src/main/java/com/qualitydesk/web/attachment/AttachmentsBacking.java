package com.qualitydesk.web.attachment;

import com.qualitydesk.attachment.AttachmentInfo;
import com.qualitydesk.attachment.Attachments;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * The files of a record, for the component /WEB-INF/components/attachments.xhtml. The owner comes
 * with each call (the component's parameters), so one bean serves every record on a page; a list is
 * read once per request.
 */
@Named
@RequestScoped
public class AttachmentsBacking {

    @Inject
    Attachments attachments;

    @Inject
    UserMessages messages;

    private final Map<String, List<AttachmentInfo>> lists = new HashMap<>();

    public List<AttachmentInfo> list(String ownerType, Long ownerId) {
        if (ownerType == null || ownerId == null) {
            return List.of();
        }
        String key = ownerType + "#" + ownerId;
        if (!lists.containsKey(key)) {
            lists.put(key, List.of());
            messages.attempt(() -> lists.put(key, attachments.list(ownerType, ownerId)), null);
        }
        return lists.get(key);
    }

    /** The upload field's listener; the owner travels as attributes of the field. */
    public void upload(FileUploadEvent event) {
        var attributes = event.getComponent().getAttributes();
        String ownerType = (String) attributes.get("ownerType");
        Long ownerId = toLong(attributes.get("ownerId"));
        var file = event.getFile();
        if (messages.attempt(
                () -> attachments.store(
                        ownerType, ownerId, file.getFileName(), file.getContentType(), file.getContent()),
                null)) {
            messages.info("attachment.stored", file.getFileName());
        }
        lists.clear();
    }

    public int getMaxMegabytes() {
        return attachments.maxMegabytes();
    }

    public long getMaxBytes() {
        return getMaxMegabytes() * 1024L * 1024L;
    }

    private static Long toLong(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        return value == null || value.toString().isBlank() ? null : Long.valueOf(value.toString());
    }
}
