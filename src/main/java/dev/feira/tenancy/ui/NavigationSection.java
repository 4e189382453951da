package dev.feira.tenancy.ui;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The sections of the side navigation. A view's {@code @Menu} order says where it goes — its whole part names the
 * section — so a view declares its place once and the layout needs no list of views.
 */
enum NavigationSection {
    /** Home and the catalog stand on their own at the top. */
    START(0, null),
    BUYING(1, "nav.group.buying"),
    SALES(2, "nav.group.sales"),
    RECOVERY(3, "nav.group.recovery"),
    CATALOG(4, "nav.group.catalog"),
    PRICING(5, "nav.group.pricing"),
    COMPANY(9, "nav.group.company"),
    OPERATION(89, "nav.group.operation");

    private final double from;
    private final String titleKey;

    NavigationSection(double from, String titleKey) {
        this.from = from;
        this.titleKey = titleKey;
    }

    /** The translation key of the section's heading; none for the items at the top. */
    String titleKey() {
        return titleKey;
    }

    static NavigationSection of(double menuOrder) {
        return Arrays.stream(values()).filter(section -> section.from <= menuOrder)
                .max(Comparator.comparingDouble(section -> section.from)).orElse(START);
    }
}
