package dev.feira.notification.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.springframework.beans.factory.ObjectProvider;

import dev.feira.identity.CurrentUser;
import dev.feira.identity.Role;
import dev.feira.notification.internal.DevMailbox;
import dev.feira.tenancy.ui.MainLayout;

/**
 * The mails the app sent, when no SMTP server is configured and the embedded one caught them.
 * Everyone sees the mails addressed to them; platform operators see all.
 */
@Route(value = "dev/mailbox", layout = MainLayout.class)
@PageTitle("Mailbox")
@PermitAll
class DevMailboxView extends VerticalLayout implements BeforeEnterObserver {

    private final transient ObjectProvider<DevMailbox> mailbox;
    private final transient CurrentUser currentUser;

    DevMailboxView(ObjectProvider<DevMailbox> mailbox, CurrentUser currentUser) {
        this.mailbox = mailbox;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var box = mailbox.getIfAvailable();
        if (box == null) { // a real SMTP server, or production: there is no mailbox to show
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        add(new H2(getTranslation("mailbox.title")));
        var user = currentUser.get();
        boolean operator = user.map(u -> u.has(Role.PLATFORM_OPERATOR)).orElse(false);
        String me = user.map(u -> u.username().toLowerCase(java.util.Locale.ROOT)).orElse("");
        var mails = box.mails().stream().filter(m -> operator || m.to().stream().anyMatch(to -> to.toLowerCase(java.util.Locale.ROOT).contains(me)))
                .toList();
        add(new Paragraph(getTranslation("mailbox.explained", mails.size())));
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.of("America/Sao_Paulo"));
        var grid = new Grid<DevMailbox.Mail>();
        grid.setId("mailbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> m.sent() == null ? "" : when.format(m.sent())).setHeader(getTranslation("mailbox.sent")).setAutoWidth(true);
        grid.addColumn(m -> String.join(", ", m.to())).setHeader(getTranslation("mailbox.to")).setAutoWidth(true);
        grid.addColumn(DevMailbox.Mail::subject).setHeader(getTranslation("mailbox.subject")).setFlexGrow(3);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(m -> new Div(new Pre(m.body()))));
        grid.setItems(mails);
        add(grid);
        setSizeFull();
        setFlexGrow(1, grid);
    }
}
