package dev.feira.notification.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;

import dev.feira.notification.Notifications;
import dev.feira.notification.internal.LiveNotices;

/**
 * The bell in the top bar: how many notices are unread, counted live (server push) while the page
 * is open; a click shows the latest and marks them read.
 */
class NoticeBell extends Div {

    private final transient Notifications notifications;
    private final transient LiveNotices live;
    private final UUID person;
    private final Span count = new Span();
    private final Div list = new Div();
    private transient Runnable stopListening;

    NoticeBell(Notifications notifications, LiveNotices live, UUID person) {
        this.notifications = notifications;
        this.live = live;
        this.person = person;
        setId("notice-bell");
        var bell = new Button(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        bell.setAriaLabel(getTranslation("notice.bell"));
        count.setId("notice-count");
        count.getElement().getThemeList().add("badge error pill small");
        add(bell, count);
        list.setId("notice-list");
        list.addClassName("notice-list");
        var popover = new Popover(list);
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("26em");
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showLatest();
                notifications.markAllRead(person);
            }
        });
        show(notifications.unread(person));
    }

    private void show(long unread) {
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
    }

    private void showLatest() {
        list.removeAll();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.of("America/Sao_Paulo"));
        var latest = notifications.latest(person, 15);
        if (latest.isEmpty()) {
            list.add(new Span(getTranslation("notice.none")));
        }
        for (var notice : latest) {
            Object[] arguments = notice.arguments().toArray();
            var title = new Span(getTranslation("notice." + notice.key() + ".title", arguments));
            title.addClassName("notice-title");
            var item = new Div(title, new Div(new Span(getTranslation("notice." + notice.key() + ".body", arguments))),
                    new Div(new Span(when.format(notice.at()))));
            item.addClassName("notice");
            if (!notice.read()) {
                item.addClassName("unread");
            }
            Component shown = notice.link().<Component>map(link -> {
                var anchor = new Anchor(link, item);
                anchor.setRouterIgnore(true); // may lead to another supplier's host
                return anchor;
            }).orElse(item);
            list.add(shown);
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        var ui = attach.getUI();
        stopListening = live.listen(person, unread -> ui.access(() -> show(unread)));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        Optional.ofNullable(stopListening).ifPresent(Runnable::run);
    }
}
