package dev.feira.onboarding.ui;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import dev.feira.tenancy.TenantOpening.SlugCheck;

/** The portal's address, {@code <slug>.<suffix>}, with its availability answered while it is typed. */
class SlugField extends VerticalLayout {

    private final TextField slug = new TextField();
    private final Span availability = new Span();
    private boolean edited;

    SlugField(Function<String, SlugCheck> check, String hostSuffix) {
        setPadding(false);
        setSpacing(false);
        slug.setLabel(getTranslation("signup.slug"));
        slug.setId("signup-slug");
        slug.setSuffixComponent(new Span("." + hostSuffix));
        slug.setMaxLength(40);
        slug.setWidthFull();
        slug.setValueChangeMode(ValueChangeMode.LAZY);
        slug.setValueChangeTimeout(300);
        availability.setId("signup-slug-availability");
        availability.getElement().setAttribute("aria-live", "polite");
        slug.addValueChangeListener(e -> {
            edited |= e.isFromClient();
            if (e.getValue().isBlank()) {
                availability.setText("");
                return;
            }
            SlugCheck answer = check.apply(e.getValue());
            availability.setText(getTranslation(answer.key(), e.getValue().strip().toLowerCase(Locale.ROOT) + "." + hostSuffix));
            availability.getElement().getThemeList().clear();
            availability.getElement().getThemeList().add(answer == SlugCheck.AVAILABLE ? "badge success" : "badge error");
        });
        add(slug, availability);
    }

    TextField field() {
        return slug;
    }

    /** Until the visitor types an address of their own, it follows the portal's name ("Ferragens Sul" → ferragens-sul). */
    void suggestFrom(String portalName) {
        if (!edited) {
            String plain = Normalizer.normalize(portalName == null ? "" : portalName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
            slug.setValue(plain.length() > 40 ? plain.substring(0, 40).replaceAll("-+$", "") : plain);
        }
    }
}
