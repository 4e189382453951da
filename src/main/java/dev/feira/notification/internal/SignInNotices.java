package dev.feira.notification.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.feira.identity.People;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.identity.SignInsFailing;
import dev.feira.notification.Notice;
import dev.feira.notification.Notifications;

/**
 * Repeated wrong passwords for a person: the person is told, and so are the admins of their organisation — the
 * supplier's admins for its staff, the buyer company's admins for its people.
 */
@Component
class SignInNotices {

    private final Notifications notifications;
    private final People people;

    SignInNotices(Notifications notifications, People people) {
        this.notifications = notifications;
        this.people = people;
    }

    @ApplicationModuleListener
    void on(SignInsFailing failing) {
        people.person(failing.user()).ifPresent(person -> {
            String window = failing.user() + ":" + failing.since();
            tell(person, person, "sign-in-failing", List.of(String.valueOf(failing.failures())), "sign-in-failing:" + window);
            for (PortalUser admin : admins(person)) {
                if (!admin.id().equals(person.id())) {
                    tell(admin, person, "staff-sign-in-failing", List.of(person.displayName(), person.username(),
                            String.valueOf(failing.failures())), "staff-sign-in-failing:" + window);
                }
            }
        });
    }

    private List<PortalUser> admins(PortalUser person) {
        if (person.supplier().isPresent()) {
            return people.staffOf(person.supplier().get(), Role.SUPPLIER_ADMIN);
        }
        return person.buyerCompany().map(company -> people.ofBuyerCompany(company.id()).stream()
                .filter(user -> user.has(Role.BUYER_ADMIN)).toList()).orElse(List.of());
    }

    private void tell(PortalUser recipient, PortalUser about, String key, List<String> arguments, String dedupeKey) {
        UUID to = recipient.id();
        notifications.send(new Notice(to, recipient.username(), about.supplier(), key, arguments, null, dedupeKey + ":" + to));
    }
}
