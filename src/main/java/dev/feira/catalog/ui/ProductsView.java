package dev.feira.catalog.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.InvalidProduct;
import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.CatalogAccess;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * The supplier's product list and form: find a product by SKU, name or brand (paged from the
 * database), edit it or create one. Problems are shown on the field they belong to; nothing is
 * saved until every field is right. A saved product is searchable at once.
 */
@Route(value = "catalog/products", layout = MainLayout.class)
@Menu(title = "nav.products", order = 2)
@RolesAllowed({"SUPPLIER_ADMIN", "PLATFORM_OPERATOR"})
class ProductsView extends SplitLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient Catalog catalog;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;

    /** The inputs by the field names the product's rules report problems under (declared first: the fields below register here). */
    private final Map<String, HasValidation> byField = new LinkedHashMap<>();
    private final Grid<ProductSnapshot> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final TextField sku = field("sku", "product.sku");
    private final TextField name = field("name", "product.name");
    private final TextField gtin = field("gtin", "product.gtin");
    private final TextField mpn = field("mpn", "product.mpn");
    private final TextField brand = field("brand", "product.brand");
    private final TextField category = field("category", "product.category");
    private final TextArea description = new TextArea();
    private final TextField unit = field("unit", "product.unit");
    private final IntegerField packSize = whole("pack_size", "product.pack-size");
    private final IntegerField minOrder = whole("min_order_qty", "product.min-lot");
    private final IntegerField multiple = whole("order_multiple", "product.multiple");
    private final BigDecimalField listPrice = new BigDecimalField();
    private final IntegerField stock = whole("stock", "product.stock");

    ProductsView(Catalog catalog, TenantDirectory tenants, CatalogAccess access) {
        this.catalog = catalog;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.products"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SupplierDesk.enter(event, tenants, access).isPresent() && getPrimaryComponent() == null) {
            build();
        }
    }

    private void build() {
        setSizeFull();
        setSplitterPosition(55);
        filter.setId("products-filter");
        filter.setPlaceholder(getTranslation("products.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidthFull();
        grid.setId("products-grid");
        grid.addColumn(ProductSnapshot::sku).setHeader(getTranslation("product.sku")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProductSnapshot::name).setHeader(getTranslation("product.name")).setFlexGrow(3);
        grid.addColumn(ProductSnapshot::stock).setHeader(getTranslation("product.stock")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> catalog.list(filter.getValue(), q.getPage(), q.getPageSize()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, catalog.count(filter.getValue())));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var create = new Button(getTranslation("products.new"), VaadinIcon.PLUS.create(), e -> {
            grid.asSingleSelect().clear();
            show(null);
        });
        create.setId("products-new");
        var toolbar = new HorizontalLayout(filter, create);
        toolbar.setWidthFull();
        var list = new VerticalLayout(toolbar, grid);
        list.setSizeFull();

        description.setLabel(getTranslation("product.description"));
        description.setId("product-description");
        listPrice.setLabel(getTranslation("product.price.list"));
        listPrice.setId("product-list_price");
        byField.put("list_price", listPrice);
        var save = new Button(getTranslation("products.save"), e -> save());
        save.setId("products-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(sku, name, gtin, mpn, brand, category, description, unit, packSize, minOrder, multiple,
                listPrice, stock);
        form.setColspan(description, 2);
        var editor = new VerticalLayout(new H3(getTranslation("products.editor")), form, save);
        editor.setId("product-editor");
        var scroller = new com.vaadin.flow.component.orderedlayout.Scroller(editor);
        scroller.setSizeFull();
        addToPrimary(list);
        addToSecondary(scroller);
        show(null);
    }

    private void show(ProductSnapshot product) {
        byField.values().forEach(f -> f.setInvalid(false));
        sku.setReadOnly(product != null);
        sku.setValue(product == null ? "" : product.sku());
        name.setValue(text(product == null ? null : product.name()));
        gtin.setValue(text(product == null ? null : product.gtin()));
        mpn.setValue(text(product == null ? null : product.mpn()));
        brand.setValue(text(product == null ? null : product.brand()));
        category.setValue(text(product == null ? null : product.category()));
        description.setValue(text(product == null ? null : product.description()));
        unit.setValue(product == null ? "UN" : product.unit());
        packSize.setValue(product == null ? 1 : product.packSize());
        minOrder.setValue(product == null ? 1 : product.minOrderQuantity());
        multiple.setValue(product == null ? 1 : product.orderMultiple());
        listPrice.setValue(product == null ? null : product.listPrice());
        stock.setValue(product == null ? 0 : product.stock());
    }

    private void save() {
        byField.values().forEach(f -> f.setInvalid(false));
        var product = new ProductSnapshot(sku.getValue().strip(), blankToNull(gtin), blankToNull(mpn), name.getValue().strip(),
                blankToNull(description), blankToNull(brand), blankToNull(category), unit.getValue().strip(),
                number(packSize), number(minOrder), number(multiple),
                listPrice.getValue() == null ? null : listPrice.getValue().stripTrailingZeros(), number(stock));
        try {
            var saved = catalog.save(product);
            grid.getDataProvider().refreshAll();
            show(saved);
            Notification.show(getTranslation("products.saved", saved.sku()));
        } catch (InvalidProduct e) {
            e.problems().forEach((field, problem) -> {
                HasValidation input = byField.get(field);
                if (input != null) {
                    input.setErrorMessage(problem);
                    input.setInvalid(true);
                }
            });
        }
    }

    private TextField field(String field, String label) {
        var input = new TextField(getTranslation(label));
        input.setId("product-" + field);
        byField.put(field, input);
        return input;
    }

    private IntegerField whole(String field, String label) {
        var input = new IntegerField(getTranslation(label));
        input.setId("product-" + field);
        byField.put(field, input);
        return input;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(AbstractField<?, String> field) {
        String value = field.getValue();
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An empty or unreadable number counts as 0, which the product's rules then name. */
    private static int number(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
