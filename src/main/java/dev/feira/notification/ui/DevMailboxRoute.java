package dev.feira.notification.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.feira.notification.internal.DevMailbox;

/** Without the embedded mail server (an SMTP server is set, or production) there is no /dev/mailbox at all: 404. */
@Component
class DevMailboxRoute implements VaadinServiceInitListener {

    private final ObjectProvider<DevMailbox> mailbox;

    DevMailboxRoute(ObjectProvider<DevMailbox> mailbox) {
        this.mailbox = mailbox;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (mailbox.getIfAvailable() == null) {
            RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                    .removeRoute(DevMailboxView.class);
        }
    }
}
