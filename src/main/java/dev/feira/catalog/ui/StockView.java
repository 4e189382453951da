package dev.feira.catalog.ui;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.ProductSnapshot;
import dev.feira.catalog.StockLevel;
import dev.feira.catalog.Warehouse;
import dev.feira.identity.CatalogAccess;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.PhoneWidth;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * Stock by warehouse: pick a product, set what each warehouse holds (as an ERP would: levels, not
 * deltas). Buyers see the new total at once. Warehouses are added and renamed here too.
 */
@Route(value = "catalog/stock", layout = MainLayout.class)
@Menu(title = "nav.stock", order = 4.2)
@RolesAllowed({"SUPPLIER_ADMIN", "PLATFORM_OPERATOR"})
class StockView extends SplitLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient Catalog catalog;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private ProductList list;
    private final VerticalLayout levels = new VerticalLayout();
    private final Grid<Warehouse> warehouses = new Grid<>();

    StockView(Catalog catalog, TenantDirectory tenants, CatalogAccess access) {
        this.catalog = catalog;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.stock"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (enterDesk(event, tenants, access::mayManage).isPresent() && getPrimaryComponent() == null) {
            build();
        }
    }

    private void build() {
        setSizeFull();
        setSplitterPosition(55);
        PhoneWidth.stackOnPhones(this);
        list = new ProductList(catalog, "stock-grid");
        list.grid().addColumn(ProductSnapshot::unit).setHeader(getTranslation("product.unit")).setAutoWidth(true).setFlexGrow(0);
        list.grid().addColumn(ProductSnapshot::stock).setHeader(getTranslation("stock.total")).setAutoWidth(true).setFlexGrow(0);
        list.grid().asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        levels.setId("stock-levels");
        levels.setPadding(false);
        warehouses.setId("stock-warehouses");
        warehouses.addColumn(Warehouse::code).setHeader(getTranslation("stock.warehouse.code")).setAutoWidth(true).setFlexGrow(0);
        warehouses.addColumn(Warehouse::name).setHeader(getTranslation("stock.warehouse.name"));
        warehouses.addColumn(w -> w.main() ? getTranslation("stock.warehouse.main") : "").setAutoWidth(true).setFlexGrow(0);
        warehouses.setAllRowsVisible(true);
        var code = new TextField(getTranslation("stock.warehouse.code"));
        code.setId("warehouse-code");
        code.setMaxLength(32);
        var name = new TextField(getTranslation("stock.warehouse.name"));
        name.setId("warehouse-name");
        var define = new Button(getTranslation("stock.warehouse.save"), e -> {
            try {
                catalog.defineWarehouse(code.getValue(), name.getValue());
                code.clear();
                name.clear();
                reloadWarehouses();
                show(list.grid().asSingleSelect().getValue());
            } catch (IllegalArgumentException problem) {
                error(problem.getMessage());
            }
        });
        define.setId("warehouse-save");
        warehouses.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                code.setValue(e.getValue().code());
                name.setValue(e.getValue().name());
            }
        });
        var defineRow = new HorizontalLayout(code, name, define);
        defineRow.setAlignItems(Alignment.BASELINE);
        var side = new VerticalLayout(new H3(getTranslation("stock.levels")), levels,
                new H3(getTranslation("stock.warehouses")), new Paragraph(getTranslation("stock.warehouses.help")), warehouses, defineRow);
        var scroller = new com.vaadin.flow.component.orderedlayout.Scroller(side);
        scroller.setSizeFull();
        addToPrimary(list);
        addToSecondary(scroller);
        reloadWarehouses();
        show(null);
    }

    private void reloadWarehouses() {
        warehouses.setItems(catalog.warehouses());
    }

    private void show(ProductSnapshot product) {
        levels.removeAll();
        if (product == null) {
            levels.add(new Paragraph(getTranslation("stock.pick")));
            return;
        }
        List<IntegerField> fields = new ArrayList<>();
        List<StockLevel> current = catalog.stockOf(product.sku());
        var form = new FormLayout();
        for (StockLevel level : current) {
            var field = new IntegerField(level.warehouseName() + " (" + level.warehouse() + ")");
            field.setId("stock-level-" + level.warehouse());
            field.setMin(0);
            field.setValue(level.quantity());
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span(product.unit()));
            fields.add(field);
            form.add(field);
        }
        var save = new Button(getTranslation("stock.save"), e -> {
            for (int i = 0; i < current.size(); i++) {
                Integer value = fields.get(i).getValue();
                if (value == null || value < 0) {
                    fields.get(i).setErrorMessage(getTranslation("stock.invalid"));
                    fields.get(i).setInvalid(true);
                    return;
                }
            }
            ProductSnapshot saved = product;
            for (int i = 0; i < current.size(); i++) {
                if (fields.get(i).getValue() != current.get(i).quantity()) {
                    saved = catalog.setStock(product.sku(), current.get(i).warehouse(), fields.get(i).getValue());
                }
            }
            list.refresh();
            Notification.show(getTranslation("stock.saved", product.sku(), saved.stock()));
            show(saved);
        });
        save.setId("stock-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        levels.add(new Paragraph(product.sku() + " · " + product.name()), form, save);
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
