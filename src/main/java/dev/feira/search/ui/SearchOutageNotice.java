package dev.feira.search.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import dev.feira.search.SearchUnavailable;

/**
 * Search failing on a page already open (typing a query, scrolling the grid) while the search server is down: the
 * visitor is told so in a notice, in their language, instead of nothing happening. Any other error is Vaadin's to handle.
 */
@Component
class SearchOutageNotice implements VaadinServiceInitListener {

    private static final String NOTICE_SHOWN = "feira.search-outage-notice-shown";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(error -> {
            if (causedBySearchOutage(error.getThrowable()) && UI.getCurrent() != null) {
                var ui = UI.getCurrent();
                // One typed query makes several searches (results, count, facets): one notice says it.
                var last = (java.time.Instant) ComponentUtil.getData(ui, NOTICE_SHOWN);
                var now = java.time.Instant.now();
                if (last == null || last.isBefore(now.minusSeconds(6))) {
                    ComponentUtil.setData(ui, NOTICE_SHOWN, now);
                    var notice = Notification.show(ui.getTranslation("search.unavailable.message"), 6000, Notification.Position.MIDDLE);
                    notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
                }
                return;
            }
            new DefaultErrorHandler().error(error);
        }));
    }

    private static boolean causedBySearchOutage(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SearchUnavailable) {
                return true;
            }
        }
        return false;
    }
}
