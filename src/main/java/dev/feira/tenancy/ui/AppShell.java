package dev.feira.tenancy.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: Lumo, Feira's own styles, and server push for live updates. The websocket carries only what the
 * server starts (alerts, a colleague's change); the page's own requests go over HTTP, compressed like any answer, so
 * the socket needs no per-message deflate, whose buffers were a fifth of what an open tab held (decision 014).
 */
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/feira.svg", "any");
    }
}
