package dev.feira.shared.i18n;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

import com.vaadin.flow.i18n.I18NProvider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Vaadin's {@code getTranslation} through {@link Translations}: the UI formats as everything else does (ICU plurals). */
@Component
class IcuTranslationProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(IcuTranslationProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return Translations.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return Translations.text(locale, key, params);
        } catch (MissingResourceException missing) {
            log.warn("No text for key {} ({})", key, locale);
            return "!{" + key + "}!"; // as Vaadin's own provider: visible on the page, found by the untranslated-text test
        }
    }
}
