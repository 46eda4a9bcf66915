package com.qualitydesk.web.health;

import jakarta.faces.event.PostConstructApplicationEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Says "Quality Desk is ready" once the screens can answer: after the database is migrated and the
 * first start's data is in place (the EJB start-up, during deployment) and after JSF and PrimeFaces
 * are configured. Said at the end of the start-up singletons instead, it came seconds before the
 * web module was up, and a request sent on that word was answered with an error.
 */
public class ReadyAnnouncement implements SystemEventListener {

    private static final Logger LOG = Logger.getLogger(ReadyAnnouncement.class.getName());

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }

    @Override
    public void processEvent(SystemEvent event) {
        if (event instanceof PostConstructApplicationEvent) {
            String address = ConfigProvider.getConfig()
                    .getOptionalValue("qd.public-url", String.class)
                    .orElse("http://localhost:8080");
            LOG.info("Quality Desk is ready at " + address + "/");
        }
    }
}
