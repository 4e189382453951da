package dev.feira.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** Every text exists in both languages, is a valid message pattern, and every refusal a service raises has its text. */
class TranslationsTests {

    @Test
    void everyKeyIsInEveryLanguageAndEveryPatternFormats() throws IOException {
        var fallback = load("translations.properties");
        var english = load("translations_en.properties");
        var portuguese = load("translations_pt_BR.properties");

        assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(fallback.stringPropertyNames()));
        assertThat(new TreeSet<>(portuguese.stringPropertyNames())).isEqualTo(new TreeSet<>(fallback.stringPropertyNames()));
        var loneApostrophe = Pattern.compile("(?<!')'(?!')");
        for (var bundle : new Properties[] {english, portuguese}) {
            // With arguments, one apostrophe quotes the rest of the text: "{0}" would be printed as it is.
            bundle.forEach((key, pattern) -> assertThat(((String) pattern).contains("{") && loneApostrophe.matcher((String) pattern).find())
                    .as("%s has a lone apostrophe among arguments: write ''", key).isFalse());
        }
        for (var bundle : new Properties[] {english, portuguese}) {
            // The product formats with ICU (plurals); a pattern it cannot parse would show as a broken page.
            bundle.forEach((key, pattern) -> assertThatNoException().as("%s", key)
                    .isThrownBy(() -> new MessageFormat((String) pattern, Locale.ROOT).format(new Object[] {1, 2, 3, 4, 5, 6})));
        }
    }

    @Test
    void countsReadInTheirLanguagesPluralForms() {
        var portuguese = Locale.forLanguageTag("pt-BR");

        assertThat(dev.feira.shared.i18n.Translations.text(portuguese, "orders.count", 0)).isEqualTo("Nenhum pedido");
        assertThat(dev.feira.shared.i18n.Translations.text(portuguese, "orders.count", 1)).isEqualTo("Um pedido");
        assertThat(dev.feira.shared.i18n.Translations.text(portuguese, "orders.count", 1200)).isEqualTo("1.200 pedidos");
        assertThat(dev.feira.shared.i18n.Translations.text(Locale.ENGLISH, "orders.count", 2)).isEqualTo("2 orders");
    }

    /** The alerts page once read "1 alertas" (and "1 alerts"); a rule "sem acesso há 1 dias". */
    @Test
    void recoveryCountsReadInTheirLanguagesPluralForms() {
        var portuguese = Locale.forLanguageTag("pt-BR");

        assertThat(dev.feira.shared.i18n.Translations.text(portuguese, "recovery.count", 1L)).isEqualTo("1 alerta");
        assertThat(dev.feira.shared.i18n.Translations.text(portuguese, "recovery.count", 0L)).isEqualTo("Nenhum alerta");
        assertThat(dev.feira.shared.i18n.Translations.text(Locale.ENGLISH, "recovery.count", 1L)).isEqualTo("1 alert");
        assertThat(dev.feira.shared.i18n.Translations.text(Locale.ENGLISH, "recovery.count", 1500L)).isEqualTo("1,500 alerts");
        assertThat(dev.feira.shared.i18n.Translations.text(portuguese, "metrics.of-carts", 1L, 1L)).isEqualTo("1 de 1 carrinho");
        assertThat(dev.feira.shared.i18n.Translations.text(portuguese, "rules.c.sign-in", 1)).isEqualTo("sem acesso há 1 dia");
        assertThat(dev.feira.shared.i18n.Translations.text(Locale.ENGLISH, "rules.c.approval", 3)).isEqualTo("approval waiting 3 days");
    }

    @Test
    void noTextCountsWithParenthesesWhereAPluralFormBelongs() throws IOException {
        for (var file : new String[] {"translations_en.properties", "translations_pt_BR.properties"}) {
            load(file).forEach((key, text) -> assertThat((String) text).as("%s in %s", key, file)
                    .doesNotContain("(s)", "(es)", "(ns)"));
        }
    }

    @Test
    void everyCartAndCheckoutRefusalRaisedHasItsText() throws IOException {
        var portuguese = load("translations_pt_BR.properties");
        var raised = Pattern.compile("new (Cart|Checkout)Refusal\\(\"([a-z-]+)\"");
        var keys = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dev/feira/ordering"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = raised.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add((matcher.group(1).equals("Cart") ? "cart" : "checkout") + ".refused." + matcher.group(2));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(15);
        assertThat(portuguese.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void everyRfqRefusalRaisedHasItsText() throws IOException {
        var portuguese = load("translations_pt_BR.properties");
        var raised = Pattern.compile("new RfqRefusal\\(\"([a-z-]+)\"");
        var keys = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dev/feira/rfq"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = raised.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add("rfq.refused." + matcher.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(20);
        assertThat(portuguese.stringPropertyNames()).containsAll(keys);
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationsTests.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
