package dev.feira.search.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import dev.feira.search.CatalogSearch;
import dev.feira.search.CatalogSearch.FacetValue;
import dev.feira.tenancy.ui.PhoneWidth;

/**
 * The catalog's filters: category, brand, in stock only and the sort, then one box per attribute (material,
 * gauge…) made when the results first offer it. Only the visitor's choices call back: refilling the options after
 * a search must not start another. Open on a desktop; on a phone folded under "Filters", so the results come first.
 */
final class CatalogFilters extends Details {

    private static final int MAX_ATTRIBUTE_FILTERS = 6;

    private final ComboBox<FacetValue> category = facetBox("catalog-category");
    private final ComboBox<FacetValue> brand = facetBox("catalog-brand");
    private final Checkbox inStock = new Checkbox();
    private final Select<CatalogSearch.Sort> sort = new Select<>();
    private final Map<String, ComboBox<FacetValue>> attributeFilters = new LinkedHashMap<>();
    private final HorizontalLayout attributes = new HorizontalLayout();
    private final Runnable filtered;

    /**
     * @param filtered called when the visitor narrows or widens the results
     * @param sorted   called when only the order changed
     */
    CatalogFilters(Runnable filtered, Runnable sorted) {
        this.filtered = filtered;
        category.setPlaceholder(getTranslation("catalog.filter.category"));
        category.setWidth("22em");
        brand.setPlaceholder(getTranslation("catalog.filter.brand"));
        inStock.setId("catalog-in-stock");
        inStock.setLabel(getTranslation("catalog.filter.in-stock"));
        sort.setId("catalog-sort");
        sort.setItems(CatalogSearch.Sort.values());
        sort.setItemLabelGenerator(o -> getTranslation("catalog.sort." + o.name()));
        sort.setValue(CatalogSearch.Sort.RELEVANCE);

        category.addValueChangeListener(e -> whenChosen(e.isFromClient()));
        brand.addValueChangeListener(e -> whenChosen(e.isFromClient()));
        inStock.addValueChangeListener(e -> filtered.run());
        sort.addValueChangeListener(e -> sorted.run());

        var filters = new HorizontalLayout(category, brand, inStock, sort);
        filters.setWrap(true); // on a phone the filters stack
        filters.setAlignItems(Alignment.BASELINE);
        filters.setId("catalog-filters");
        attributes.setId("catalog-attributes");
        attributes.setWrap(true);
        attributes.setAlignItems(Alignment.BASELINE);
        setSummaryText(getTranslation("catalog.filters"));
        setId("catalog-filter-panel");
        add(filters, attributes);
        setWidthFull();
        setOpened(true);
        PhoneWidth.follow(this, phone -> setOpened(!phone));
    }

    /** The visitor's words narrowed by what they chose here, in the order they chose. */
    CatalogSearch.CatalogQuery narrow(CatalogSearch.CatalogQuery words) {
        return words.inCategory(chosen(category)).ofBrand(chosen(brand)).withAttributes(chosenAttributes())
                .inStockOnly(inStockOnly()).sortedBy(sort.getValue());
    }

    boolean inStockOnly() {
        return inStock.getValue();
    }

    /**
     * Refills the options, keeping what was chosen while it is still offered: categories and brands come from the words
     * alone, so choosing one category still lists the others; attribute values narrow with the other filters, only
     * values some result has (see {@link CatalogSearch#glance}).
     */
    void offer(CatalogSearch.Facets options) {
        keep(category, options.categories());
        keep(brand, options.brands());
        attributeFilters.values().forEach(filter -> filter.setVisible(false));
        options.attributes().entrySet().stream().filter(e -> e.getValue().size() > 1 || attributeFilters.containsKey(e.getKey()))
                .limit(MAX_ATTRIBUTE_FILTERS).forEach(e -> {
                    var filter = attributeFilters.computeIfAbsent(e.getKey(), this::attributeBox);
                    keep(filter, e.getValue());
                    filter.setVisible(true);
                });
        inStock.setLabel(getTranslation("catalog.filter.in-stock") + " (" + options.inStock() + ")");
    }

    private ComboBox<FacetValue> attributeBox(String attribute) {
        var box = facetBox("catalog-attribute-" + attribute.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        box.setPlaceholder(attribute);
        box.addValueChangeListener(change -> whenChosen(change.isFromClient()));
        attributes.add(box);
        return box;
    }

    private static ComboBox<FacetValue> facetBox(String id) {
        var box = new ComboBox<FacetValue>();
        box.setId(id);
        box.setItemLabelGenerator(v -> v.value() + " (" + v.count() + ")");
        box.setClearButtonVisible(true);
        return box;
    }

    private void whenChosen(boolean byVisitor) {
        if (byVisitor) {
            filtered.run();
        }
    }

    private static Optional<String> chosen(ComboBox<FacetValue> box) {
        return Optional.ofNullable(box.getValue()).map(FacetValue::value);
    }

    private Map<String, String> chosenAttributes() {
        Map<String, String> chosen = new LinkedHashMap<>();
        attributeFilters.forEach((name, box) -> {
            if (box.isVisible() && box.getValue() != null) {
                chosen.put(name, box.getValue().value());
            }
        });
        return chosen;
    }

    /** Refills a facet's options, keeping the chosen value if it is still among them. */
    private static void keep(ComboBox<FacetValue> facet, List<FacetValue> options) {
        String chosen = facet.getValue() == null ? null : facet.getValue().value();
        facet.setItems(options);
        options.stream().filter(o -> o.value().equals(chosen)).findFirst().ifPresent(facet::setValue);
    }
}
