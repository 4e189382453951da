package dev.feira.identity.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.CurrentUser;
import dev.feira.identity.Invitations;
import dev.feira.identity.Invitations.Invitation;
import dev.feira.identity.Invitations.Member;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Refusal;
import dev.feira.identity.Role;
import dev.feira.identity.SupportAccess;
import dev.feira.tenancy.ui.MainLayout;

/**
 * An organisation's people, for its admins — a supplier's on its own host, a buyer company's anywhere: who has which
 * roles (changed in place), who is invited and until when, and the invitation of someone new.
 */
@Route(value = "people", layout = MainLayout.class)
@Menu(title = "nav.people", order = 9)
@RolesAllowed({"SUPPLIER_ADMIN", "BUYER_ADMIN"})
class PeopleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Invitations invitations;
    private final transient CurrentUser current;
    private final transient SupportAccess support;
    private final Grid<Member> members = new Grid<>();
    private final Grid<Invitation> pending = new Grid<>();
    private Set<Role> offered = Set.of();

    PeopleView(Invitations invitations, CurrentUser current, SupportAccess support) {
        this.invitations = invitations;
        this.current = current;
        this.support = support;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var me = current.get();
        if (me.isEmpty()) {
            event.forwardTo("");
            return;
        }
        offered = me.get().supplier().isPresent() ? EnumSet.of(Role.SUPPLIER_ADMIN, Role.SALES_REP)
                : EnumSet.of(Role.BUYER_ADMIN, Role.PURCHASER, Role.APPROVER);
        removeAll();
        var invite = new Button(getTranslation("people.invite"), e -> new InviteDialog(invitations, offered, getLocale(), () -> {
            Notification.show(getTranslation("people.invite.sent"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        }).open());
        invite.setId("people-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H1(getTranslation("nav.people")), invite));
        members.setId("people-members");
        members.addColumn(Member::displayName).setHeader(getTranslation("people.name")).setFlexGrow(1);
        members.addColumn(Member::email).setHeader(getTranslation("people.email")).setFlexGrow(1);
        members.addComponentColumn(this::phoneEditor).setHeader(getTranslation("people.phone")).setAutoWidth(true);
        members.addComponentColumn(this::roleEditor).setHeader(getTranslation("people.roles")).setFlexGrow(2);
        members.addComponentColumn(this::removeButton).setFlexGrow(0).setAutoWidth(true);
        members.setAllRowsVisible(true);
        var when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.of("America/Sao_Paulo"));
        pending.setId("people-pending");
        pending.addColumn(Invitation::email).setHeader(getTranslation("people.email")).setFlexGrow(1);
        pending.addColumn(i -> String.join(", ", i.roles().stream().map(r -> getTranslation("role." + r.name())).sorted().toList()))
                .setHeader(getTranslation("people.roles"));
        pending.addColumn(i -> i.expired() ? getTranslation("people.expired") : getTranslation("people.until", when.format(i.expiresAt())))
                .setHeader(getTranslation("people.validity"));
        pending.addComponentColumn(i -> {
            var withdraw = new Button(getTranslation("people.withdraw"), e -> {
                invitations.withdraw(i.id());
                refresh();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return withdraw;
        }).setAutoWidth(true).setFlexGrow(0);
        pending.setAllRowsVisible(true);
        pending.setEmptyStateText(getTranslation("people.none-pending"));
        add(members, new H2(getTranslation("people.pending")), new Paragraph(getTranslation("people.pending.explained",
                Invitations.VALID_DAYS)), pending);
        me.get().supplier().ifPresent(supplier -> add(supportHistory(supplier)));
        refresh();
    }

    /** Who from Feira's support entered the desk, why and for how long: the supplier's own record of it. */
    private VerticalLayout supportHistory(dev.feira.shared.TenantId supplier) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.of("America/Sao_Paulo"));
        var grid = new Grid<SupportAccess.Session>();
        grid.setId("support-history");
        grid.addColumn(s -> when.format(s.startedAt())).setHeader(getTranslation("support.history.from")).setAutoWidth(true);
        grid.addColumn(s -> when.format(s.endedAt().orElse(s.endsAt()))).setHeader(getTranslation("support.history.until")).setAutoWidth(true);
        grid.addColumn(SupportAccess.Session::operator).setHeader(getTranslation("support.history.operator")).setAutoWidth(true);
        grid.addColumn(SupportAccess.Session::reason).setHeader(getTranslation("support.history.reason")).setFlexGrow(1);
        grid.setItems(support.history(supplier));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("support.history.none"));
        var section = new VerticalLayout(new H2(getTranslation("support.history")), new Paragraph(getTranslation("support.history.explained")), grid);
        section.setPadding(false);
        return section;
    }

    private void refresh() {
        members.setItems(invitations.members());
        pending.setItems(invitations.pending());
    }

    /** The phone the organisation's suppliers' reps call (buyers) or the team reaches (suppliers); saved as it is left. */
    private com.vaadin.flow.component.textfield.TextField phoneEditor(Member member) {
        var phone = new com.vaadin.flow.component.textfield.TextField();
        phone.addClassName("person-phone");
        phone.getElement().setAttribute("data-person", member.email());
        phone.setAriaLabel(getTranslation("people.phone") + " " + member.displayName());
        phone.setPlaceholder("(11) 98765-4321");
        phone.setValue(member.phone().map(dev.feira.identity.PhoneNumber::display).orElse(""));
        phone.setWidth("13em");
        phone.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                var saved = invitations.changePhone(member.id(), e.getValue());
                phone.setInvalid(false);
                phone.setValue(saved.phone().map(dev.feira.identity.PhoneNumber::display).orElse(""));
                Notification.show(getTranslation("people.phone.saved", member.displayName()), 2500, Notification.Position.BOTTOM_START);
            } catch (Refusal refused) {
                phone.setErrorMessage(getTranslation(refused.key()));
                phone.setInvalid(true);
            }
        });
        return phone;
    }

    private CheckboxGroup<Role> roleEditor(Member member) {
        var roles = new CheckboxGroup<Role>();
        roles.setItems(offered);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(member.roles());
        roles.getElement().setAttribute("data-person", member.email());
        roles.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                invitations.changeRoles(member.id(), e.getValue());
                Notification.show(getTranslation("people.roles.saved", member.displayName()), 2500, Notification.Position.BOTTOM_START);
            } catch (Refusal refused) {
                Notification.show(getTranslation(refused.key()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                refresh();
            }
        });
        return roles;
    }

    private Span removeButton(Member member) {
        var cell = new Span();
        if (member.you()) {
            cell.setText(getTranslation("people.you"));
            return cell;
        }
        var remove = new Button(getTranslation("people.remove"), e -> {
            invitations.remove(member.id());
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        cell.add(remove);
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.people") + current.get().flatMap(PortalUser::buyerCompany).map(c -> " · " + c.name()).orElse("");
    }
}
