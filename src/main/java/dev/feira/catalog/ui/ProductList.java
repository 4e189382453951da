package dev.feira.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.ProductSnapshot;

/**
 * The supplier's products to pick from: a filter by SKU, name or brand over a grid paged from the
 * database (SKU and name; views add their own columns).
 */
class ProductList extends VerticalLayout {

    private final TextField filter = new TextField();
    private final Grid<ProductSnapshot> grid = new Grid<>();

    /** @param id the grid's id; the filter's is "{id}-filter" without "-grid" */
    ProductList(Catalog catalog, String id, Component... tools) {
        String prefix = id.replaceFirst("-grid$", "");
        filter.setId(prefix + "-filter");
        filter.setPlaceholder(getTranslation("products.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidthFull();
        grid.setId(id);
        grid.addColumn(ProductSnapshot::sku).setHeader(getTranslation("product.sku")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProductSnapshot::name).setHeader(getTranslation("product.name")).setFlexGrow(3);
        grid.setItems(q -> catalog.list(filter.getValue(), q.getPage(), q.getPageSize()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, catalog.count(filter.getValue())));
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var toolbar = new HorizontalLayout(filter);
        toolbar.add(tools);
        toolbar.setWidthFull();
        add(toolbar, grid);
        setSizeFull();
    }

    Grid<ProductSnapshot> grid() {
        return grid;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
