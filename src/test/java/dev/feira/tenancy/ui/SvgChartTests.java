package dev.feira.tenancy.ui;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartTests {

    @Test
    void gridlinesFallOnOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(SvgChart.niceStep(0)).isEqualTo(1);
        assertThat(SvgChart.niceStep(4)).isEqualTo(1);
        assertThat(SvgChart.niceStep(7)).isEqualTo(2);
        assertThat(SvgChart.niceStep(23)).isEqualTo(10);
        assertThat(SvgChart.niceStep(100)).isEqualTo(50);
        assertThat(SvgChart.niceStep(1_234)).isEqualTo(500);
    }

    @Test
    void columnsAreDrawnInProportionWithAPointForDecimalsWhateverTheServersLanguage() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("pt-BR"));
        try {
            var chart = SvgChart.columns("days", "Alertas <por dia>", List.of("1 nov", "2 nov", "3 nov"), List.of(
                    new SvgChart.Series("Alertas", "red", new long[] {4, 0, 10}),
                    new SvgChart.Series("Recuperados", "green", new long[] {1, 0, 5})), Locale.forLanguageTag("pt-BR"));
            String svg = drawing(chart);

            var heights = Pattern.compile("<rect [^>]*height=\"([0-9.]+)\"").matcher(svg).results()
                    .map(m -> Double.parseDouble(m.group(1))).toList();
            assertThat(heights).hasSize(4); // a day without any draws nothing over the baseline
            assertThat(heights.get(2)).isEqualTo(184.0); // the highest column reaches the top of the scale (0 to 10)
            assertThat(heights.get(0)).isEqualTo(184.0 * 4 / 10, org.assertj.core.data.Offset.offset(0.1));
            assertThat(svg).doesNotContainPattern("=\"[0-9]+,[0-9]").contains("aria-label=\"Alertas &lt;por dia&gt;\"")
                    .contains("<title>3 nov · Recuperados: 5</title>");
            assertThat(chart.getElement().getChild(1).getTextRecursively()).contains("Alertas: 14").contains("Recuperados: 6");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void sharesSplitOneBarByTheirParts() {
        String svg = drawing(SvgChart.shares("states", "Carrinhos", List.of(new SvgChart.Share("Ativos", 3, "green"),
                new SvgChart.Share("Parados", 1, "orange"), new SvgChart.Share("Abandonados", 0, "red")), Locale.ENGLISH));

        var widths = Pattern.compile("<rect [^>]*width=\"([0-9.]+)\"").matcher(svg).results().map(m -> Double.parseDouble(m.group(1))).toList();
        assertThat(widths).containsExactly(540.0, 180.0); // of 720: an empty share draws nothing
    }

    private static String drawing(Component chart) {
        return chart.getElement().getChild(0).getProperty("innerHTML");
    }
}
