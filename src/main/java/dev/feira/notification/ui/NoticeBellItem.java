package dev.feira.notification.ui;

import java.util.Optional;


import dev.feira.identity.CurrentUser;
import dev.feira.notification.Notifications;
import dev.feira.notification.internal.LiveNotices;
import dev.feira.tenancy.ui.NavbarItem;

/** Puts the notice bell in the top bar of everyone signed in. */
@org.springframework.stereotype.Component
class NoticeBellItem implements NavbarItem {

    private final Notifications notifications;
    private final LiveNotices live;
    private final CurrentUser currentUser;

    NoticeBellItem(Notifications notifications, LiveNotices live, CurrentUser currentUser) {
        this.notifications = notifications;
        this.live = live;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        return currentUser.get().map(user -> new NoticeBell(notifications, live, user.id()));
    }
}
