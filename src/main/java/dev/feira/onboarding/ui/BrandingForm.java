package dev.feira.onboarding.ui;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;

import dev.feira.onboarding.PortalSetup;
import dev.feira.onboarding.SignupRefused;
import dev.feira.onboarding.internal.BrandColors;
import dev.feira.tenancy.PortalBranding;
import dev.feira.tenancy.TenantDirectory.TenantLogo;
import dev.feira.tenancy.TenantProfile;

/**
 * The portal's name, tagline, colour, logo, language and currency, with the preview following every change and the
 * colour's contrast with white text shown (and a readable variant offered) before anything is saved.
 */
class BrandingForm extends VerticalLayout {

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("pt-BR"), Locale.ENGLISH);
    private static final List<String> CURRENCIES = List.of("BRL", "USD", "EUR");

    private final TextField name = new TextField();
    private final TextField tagline = new TextField();
    private final TextField color = new TextField();
    private final Input picker = new Input(ValueChangeMode.EAGER);
    private final Span contrast = new Span();
    private final Button useSuggestion = new Button();
    private final Select<Locale> language = new Select<>();
    private final Select<String> currency = new Select<>();
    private final PortalPreview preview;
    private final Paragraph problem = new Paragraph();
    private volatile TenantLogo pendingLogo;

    BrandingForm(PortalSetup setup, TenantProfile portal, Runnable saved) {
        setPadding(false);
        preview = new PortalPreview(portal.hasLogo() ? portal.logoPath() : null);
        name.setLabel(getTranslation("branding.name"));
        name.setId("branding-name");
        name.setValue(portal.name());
        tagline.setLabel(getTranslation("branding.tagline"));
        tagline.setId("branding-tagline");
        tagline.setValue(portal.tagline() == null ? "" : portal.tagline());
        tagline.setMaxLength(300);
        color.setLabel(getTranslation("branding.color"));
        color.setId("branding-color");
        color.setValue(portal.primaryColor());
        color.setMaxLength(7);
        color.setValueChangeMode(ValueChangeMode.LAZY);
        picker.setType("color");
        picker.setValue(portal.primaryColor());
        picker.getElement().setAttribute("aria-label", getTranslation("branding.color"));
        picker.addClassName("branding-picker");
        color.setSuffixComponent(picker);
        contrast.setId("branding-contrast");
        useSuggestion.setId("branding-use-suggestion");
        useSuggestion.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        useSuggestion.setVisible(false);
        language.setLabel(getTranslation("branding.language"));
        language.setId("branding-language");
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(l -> l.getLanguage().equals("pt") ? "Português (Brasil)" : "English");
        language.setValue(LANGUAGES.stream().filter(l -> l.getLanguage().equals(portal.defaultLocale().getLanguage())).findFirst()
                .orElse(LANGUAGES.getFirst()));
        currency.setLabel(getTranslation("branding.currency"));
        currency.setId("branding-currency");
        currency.setItems(CURRENCIES);
        currency.setValue(portal.currency().getCurrencyCode());

        name.setValueChangeMode(ValueChangeMode.LAZY);
        tagline.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> redraw());
        tagline.addValueChangeListener(e -> redraw());
        color.addValueChangeListener(e -> {
            problem.setText(""); // a refusal of the colour before is about another colour now
            color.setInvalid(false);
            if (BrandColors.wellFormed(e.getValue())) {
                picker.setValue(e.getValue());
            }
            redraw();
        });
        picker.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                color.setValue(e.getValue());
            }
        });
        useSuggestion.addClickListener(e -> color.setValue(BrandColors.readableVariant(color.getValue())));

        var ui = UI.getCurrent();
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            pendingLogo = new TenantLogo(bytes, metadata.contentType());
            ui.access(() -> preview.showLogo(bytes, metadata.fileName()));
        }));
        upload.setId("branding-logo");
        dev.feira.tenancy.ui.UploadTexts.translated(upload);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.setMaxFileSize(512 * 1024);
        upload.setDropLabel(new Span(getTranslation("branding.logo.drop")));

        problem.setId("branding-problem");
        problem.addClassName("refusal");
        var save = new Button(getTranslation("branding.save"));
        save.setId("branding-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            problem.setText("");
            List.<HasValidation>of(name, tagline, color).forEach(f -> f.setInvalid(false));
            try {
                setup.brand(new PortalBranding(name.getValue(), tagline.getValue(), color.getValue(), language.getValue(),
                        Currency.getInstance(currency.getValue()), pendingLogo));
                Notification.show(getTranslation("branding.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                saved.run();
            } catch (SignupRefused refused) {
                String message = getTranslation(refused.key(), refused.arguments());
                problem.setText(message);
                var field = Map.<String, HasValidation>of("name", name, "tagline", tagline, "primaryColor", color).get(refused.field());
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
            }
        });

        var form = new FormLayout(name, tagline, color, language, currency);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        var logoLabel = new Span(getTranslation("branding.logo"));
        logoLabel.addClassName("field-label");
        var contrastRow = new HorizontalLayout(contrast, useSuggestion);
        contrastRow.setWrap(true);
        contrastRow.setAlignItems(Alignment.CENTER);
        var editor = new VerticalLayout(form, contrastRow, logoLabel, upload, problem, save);
        editor.setPadding(false);
        editor.addClassName("branding-editor");
        var sideBySide = new HorizontalLayout(editor, preview);
        sideBySide.addClassName("branding-side-by-side");
        sideBySide.setWidthFull();
        add(sideBySide);
        redraw();
    }

    private void redraw() {
        preview.show(name.getValue(), tagline.getValue(), color.getValue());
        if (!BrandColors.wellFormed(color.getValue())) {
            contrast.setText(getTranslation("branding.color-invalid"));
            contrast.getElement().getThemeList().set("badge error", true);
            useSuggestion.setVisible(false);
            return;
        }
        double ratio = BrandColors.contrastWithWhite(color.getValue());
        boolean readable = ratio >= BrandColors.MINIMUM;
        var oneDecimal = java.text.NumberFormat.getNumberInstance(getLocale());
        oneDecimal.setMaximumFractionDigits(1);
        oneDecimal.setMinimumFractionDigits(1);
        String shown = oneDecimal.format(ratio);
        contrast.setText(readable ? getTranslation("branding.contrast.ok", shown) : getTranslation("branding.contrast.low", shown));
        contrast.getElement().getThemeList().clear();
        contrast.getElement().getThemeList().add(readable ? "badge success" : "badge error");
        useSuggestion.setText(getTranslation("branding.use", BrandColors.readableVariant(color.getValue())));
        useSuggestion.setVisible(!readable);
    }
}
