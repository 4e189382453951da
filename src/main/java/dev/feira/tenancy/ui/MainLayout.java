package dev.feira.tenancy.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.springframework.beans.factory.ObjectProvider;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * The portal shell. On a supplier's host it wears that supplier's name, logo and colour; on the
 * bare host it is the Feira marketplace. Navigation lists the views (annotated {@code @Menu}) the
 * visitor may open.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Where a portal visitor starts signing in (the OIDC client's authorization request). */
    public static final String SIGN_IN_URL = "/oauth2/authorization/feira";
    static final List<Locale> LANGUAGES = dev.feira.shared.i18n.Translations.LANGUAGES;

    private final transient AuthenticationContext authentication;
    /** "Sign in", when nobody is: its link names the page to come back to. */
    private Anchor signIn;

    public MainLayout(TenantDirectory tenants, AuthenticationContext authentication, ObjectProvider<NavbarItem> navbarItems) {
        this.authentication = authentication;
        Optional<TenantProfile> tenant = tenants.current();
        tenant.ifPresent(MainLayout::applyBranding);

        var brand = new HorizontalLayout();
        brand.addClassName("portal-brand");
        brand.setAlignItems(FlexComponent.Alignment.CENTER);
        tenant.filter(TenantProfile::hasLogo).ifPresent(t -> {
            var logo = new Image(t.logoPath(), t.name());
            logo.addClassName("portal-logo");
            brand.add(logo);
        });
        var name = new Span(tenant.map(TenantProfile::name).orElse(getTranslation("marketplace.name")));
        name.addClassName("portal-name");
        name.setId("portal-name");
        brand.add(name);

        var spacer = new Div();
        spacer.addClassName("portal-spacer");
        addToNavbar(new DrawerToggle(), brand, spacer);
        navbarItems.orderedStream().forEach(item -> item.create().ifPresent(this::addToNavbar));
        addToNavbar(languageSelect("language"), account());

        var nav = sideNav(menuEntries().stream()
                .filter(entry -> tenant.isPresent() || entry.menuClass() == null
                        || !SupplierPortalView.class.isAssignableFrom(entry.menuClass()))
                .toList());
        var tagline = new Span(tenant.map(TenantProfile::tagline).orElse(getTranslation("marketplace.tagline")));
        tagline.addClassName("portal-tagline");
        // On a phone the header keeps the brand, the cart and the account; the language moves to the drawer.
        var drawerLanguage = languageSelect("drawer-language");
        drawerLanguage.addClassName("drawer-language");
        drawerLanguage.setLabel(getTranslation("nav.language"));
        addToDrawer(nav, drawerLanguage, tagline);
    }

    /**
     * The views the user may open, in sections (Buying, Orders, Recovery, Catalog, …) so a supplier's desk of twenty
     * pages reads as a few; a section with one page shows just the page.
     */
    /**
     * The menu's entries the visitor may open. Vaadin checks every route's access rules to list them, a tenth of a
     * page's work; they change only with who is signed in, so the session keeps them while the same person with the
     * same roles is.
     */
    private static List<MenuEntry> menuEntries() {
        var session = VaadinSession.getCurrent();
        var who = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        String person = who == null ? "" : who.getName() + who.getAuthorities();
        var kept = session.getAttribute(MenuOfPerson.class);
        if (kept == null || !kept.person().equals(person)) {
            kept = new MenuOfPerson(person, MenuConfiguration.getMenuEntries());
            session.setAttribute(MenuOfPerson.class, kept);
        }
        return kept.entries();
    }

    private record MenuOfPerson(String person, List<MenuEntry> entries) implements java.io.Serializable {
    }

    private SideNav sideNav(List<MenuEntry> entries) {
        var nav = new SideNav();
        nav.setId("side-nav");
        var sections = new java.util.LinkedHashMap<NavigationSection, List<MenuEntry>>();
        entries.forEach(entry -> sections.computeIfAbsent(NavigationSection.of(entry.order() == null ? 0 : entry.order()),
                section -> new java.util.ArrayList<>()).add(entry));
        sections.forEach((section, inSection) -> {
            if (section.titleKey() == null || inSection.size() == 1) {
                inSection.forEach(entry -> nav.addItem(item(entry)));
            } else {
                var heading = new SideNavItem(getTranslation(section.titleKey()));
                heading.addClassName("nav-section");
                heading.setId("nav-section-" + section.name().toLowerCase(Locale.ROOT));
                inSection.forEach(entry -> heading.addItem(item(entry)));
                heading.setExpanded(true);
                nav.addItem(heading);
            }
        });
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        return new SideNavItem(getTranslation(entry.title()), entry.path());
    }

    private Select<Locale> languageSelect(String id) {
        var select = new Select<Locale>();
        select.setId(id);
        select.setItems(LANGUAGES);
        select.setItemLabelGenerator(l -> l.getLanguage().equals("pt") ? "Português" : "English");
        select.setValue(LANGUAGES.stream().filter(l -> l.getLanguage().equals(getLocale().getLanguage()))
                .findFirst().orElse(LANGUAGES.getFirst()));
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                PortalLanguage.choose(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        select.setWidth("9em");
        return select;
    }

    private HorizontalLayout account() {
        var box = new HorizontalLayout();
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.addClassName("portal-account");
        if (authentication.isAuthenticated()) {
            // On the platform's own host the session may hold the sign-in form's user (signed in there for a
            // supplier's portal), not an OIDC user: asking Vaadin for an OidcUser then failed with a ClassCastException.
            String displayName = authentication.getAuthenticatedUser(Object.class)
                    .filter(OidcUser.class::isInstance).map(OidcUser.class::cast)
                    .map(OidcUser::getFullName)
                    .or(authentication::getPrincipalName)
                    .orElse("");
            var user = new Span(displayName);
            user.setId("signed-in-user");
            var signOut = new Button(getTranslation("action.sign-out"), e -> authentication.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(user, signOut);
        } else {
            signIn = new Anchor(SIGN_IN_URL, getTranslation("action.sign-in"));
            signIn.setRouterIgnore(true);
            signIn.setId("sign-in");
            signIn.addClassName("portal-sign-in");
            box.add(signIn);
        }
        return box;
    }

    /** Signing in brings the visitor back to the page they were on. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (signIn != null) {
            String page = "/" + event.getLocation().getPathWithQueryParameters();
            signIn.setHref(SIGN_IN_URL + "?from=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
        }
    }

    /** Lumo reads its accent from CSS custom properties, so a tenant's colour is a runtime setting. */
    private static void applyBranding(TenantProfile tenant) {
        var style = UI.getCurrent().getElement().getStyle();
        String hex = tenant.primaryColor();
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        style.set("--lumo-primary-color", hex);
        style.set("--lumo-primary-text-color", hex);
        style.set("--lumo-primary-color-50pct", "rgba(%d, %d, %d, 0.5)".formatted(r, g, b));
        style.set("--lumo-primary-color-10pct", "rgba(%d, %d, %d, 0.1)".formatted(r, g, b));
        style.set("--feira-brand-color", hex);
    }
}
