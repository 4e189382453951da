package dev.feira.tenancy.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationSectionTests {

    @Test
    void aViewsMenuOrderNamesItsSection() {
        assertThat(NavigationSection.of(0)).isEqualTo(NavigationSection.START);
        assertThat(NavigationSection.of(0.1)).isEqualTo(NavigationSection.START);
        assertThat(NavigationSection.of(1.3)).isEqualTo(NavigationSection.BUYING);
        assertThat(NavigationSection.of(4.4)).isEqualTo(NavigationSection.CATALOG);
        assertThat(NavigationSection.of(9.4)).isEqualTo(NavigationSection.COMPANY);
        assertThat(NavigationSection.of(91)).isEqualTo(NavigationSection.OPERATION);
        assertThat(NavigationSection.START.titleKey()).isNull();
        assertThat(NavigationSection.PRICING.titleKey()).isEqualTo("nav.group.pricing");
    }
}
