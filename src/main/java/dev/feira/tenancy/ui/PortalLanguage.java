package dev.feira.tenancy.ui;

import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import org.springframework.stereotype.Component;

import dev.feira.shared.i18n.Translations;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * The language a page speaks: the one the visitor chose in the header; before any choice, the first of the browser's
 * languages that Feira speaks; else the supplier's own language (on the marketplace: Portuguese). The page's
 * {@code <html lang>} says it too, for screen readers, spell checkers and translators.
 */
@Component
class PortalLanguage implements VaadinServiceInitListener {

    /** Set on the session when the visitor chose a language: from then on, that one. */
    static final String CHOSEN = "feira.language-chosen";

    private final TenantDirectory tenants;

    PortalLanguage(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            if (ui.getSession().getAttribute(CHOSEN) == null) {
                ui.setLocale(firstVisit(VaadinRequest.getCurrent(), tenants.current()));
            }
            ui.getElement().executeJs("document.documentElement.lang = $0", ui.getLocale().toLanguageTag());
        });
    }

    static Locale firstVisit(VaadinRequest request, Optional<TenantProfile> supplier) {
        // Without the header the servlet answers the server's own locale, which says nothing of the visitor.
        var wanted = request == null || request.getHeader("Accept-Language") == null ? Collections.<Locale>emptyList()
                : Collections.list(request.getLocales());
        for (Locale locale : wanted) {
            var spoken = Translations.LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst();
            if (spoken.isPresent()) {
                return spoken.get();
            }
        }
        return Translations.closest(supplier.map(TenantProfile::defaultLocale).orElse(null));
    }

    /** The visitor chose: this language for the rest of the session. */
    static void choose(Locale locale) {
        var session = VaadinSession.getCurrent();
        session.setAttribute(CHOSEN, Boolean.TRUE);
        session.setLocale(locale);
        session.getSession().setAttribute(Translations.CHOSEN_LANGUAGE, locale);
    }
}
