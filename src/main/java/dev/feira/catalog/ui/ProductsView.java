package dev.feira.catalog.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.Categories;
import dev.feira.catalog.ProductImages;
import dev.feira.shared.TenantContext;
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
@Menu(title = "nav.products", order = 4)
@RolesAllowed({"SUPPLIER_ADMIN", "PLATFORM_OPERATOR"})
class ProductsView extends SplitLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient Catalog catalog;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;

    /** The inputs by the field names the product's rules report problems under (declared first: the fields below register here). */
    private final Map<String, HasValidation> byField = new LinkedHashMap<>();
    private ProductList list;
    private final TextField sku = field("sku", "product.sku");
    private final TextField name = field("name", "product.name");
    private final TextField gtin = field("gtin", "product.gtin");
    private final TextField mpn = field("mpn", "product.mpn");
    private final TextField brand = field("brand", "product.brand");
    private final ComboBox<String> category = new ComboBox<>(getTranslation("product.category"));
    private final TextArea description = new TextArea();
    private final TextField unit = field("unit", "product.unit");
    private final IntegerField packSize = whole("pack_size", "product.pack-size");
    private final IntegerField minOrder = whole("min_order_qty", "product.min-lot");
    private final IntegerField multiple = whole("order_multiple", "product.multiple");
    private final BigDecimalField listPrice = new BigDecimalField();
    private final IntegerField stock = whole("stock", "product.stock");
    private final TextField ncm = field("ncm", "product.ncm");
    private final BigDecimalField ipi = new BigDecimalField();
    private final TextField units = field("units", "product.units.edit");
    private final TextArea attributes = new TextArea(getTranslation("product.attributes.edit"));
    private final Div pictures = new Div();
    private final transient Categories categories;
    private final transient ProductImages images;
    private String shownSku;
    private Upload pictureUpload;

    ProductsView(Catalog catalog, Categories categories, ProductImages images, TenantDirectory tenants, CatalogAccess access) {
        this.catalog = catalog;
        this.categories = categories;
        this.images = images;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.products"), tenants);
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
        var create = new Button(getTranslation("products.new"), VaadinIcon.PLUS.create(), e -> {
            list.grid().asSingleSelect().clear();
            show(null);
        });
        create.setId("products-new");
        list = new ProductList(catalog, "products-grid", create);
        list.grid().addColumn(ProductSnapshot::stock).setHeader(getTranslation("product.stock")).setAutoWidth(true).setFlexGrow(0);
        list.grid().asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });

        description.setLabel(getTranslation("product.description"));
        description.setId("product-description");
        listPrice.setLabel(getTranslation("product.price.list"));
        listPrice.setId("product-list_price");
        byField.put("list_price", listPrice);
        ipi.setLabel(getTranslation("product.ipi"));
        ipi.setId("product-ipi");
        ipi.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        byField.put("ipi", ipi);
        ncm.setPlaceholder("7318.15.00");
        category.setId("product-category");
        category.setAllowCustomValue(true); // a new path creates the category
        category.addCustomValueSetListener(e -> category.setValue(e.getDetail()));
        category.setClearButtonVisible(true);
        byField.put("category", category);
        // Stock is set per warehouse in the stock view; here it is the total, for reading.
        stock.setReadOnly(true);
        stock.setHelperText(getTranslation("product.stock.where"));
        units.setHelperText(getTranslation("product.units.help"));
        attributes.setId("product-attributes");
        attributes.setHelperText(getTranslation("product.attributes.help"));
        byField.put("attributes", attributes);
        var save = new Button(getTranslation("products.save"), e -> save());
        save.setId("products-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(sku, name, gtin, mpn, brand, category, description, unit, packSize, minOrder, multiple,
                listPrice, stock, ncm, ipi, units, attributes);
        form.setColspan(description, 2);
        form.setColspan(attributes, 2);
        pictureUpload = pictureUpload();
        pictures.setId("product-pictures");
        pictures.addClassName("product-pictures");
        var editor = new VerticalLayout(new H3(getTranslation("products.editor")), form, save,
                new H3(getTranslation("product.pictures")), pictures, pictureUpload);
        editor.setId("product-editor");
        var scroller = new com.vaadin.flow.component.orderedlayout.Scroller(editor);
        scroller.setSizeFull();
        addToPrimary(list);
        addToSecondary(scroller);
        show(null);
    }

    private Upload pictureUpload() {
        var tenant = TenantContext.require();
        UI ui = UI.getCurrent();
        // The handler runs without the session lock (and outside the request's tenant): store, then redraw under the lock.
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String target = shownSku;
            String problem = null;
            try {
                TenantContext.callAs(tenant, () -> images.add(target, metadata.fileName(), bytes));
            } catch (ProductImages.InvalidImage | dev.feira.catalog.UnknownProduct e) {
                problem = e.getMessage();
            }
            String shownProblem = problem;
            ui.access(() -> {
                if (shownProblem != null) {
                    Notification.show(shownProblem, 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
                }
                showPictures();
            });
        }));
        upload.setId("product-picture-upload");
        dev.feira.tenancy.ui.UploadTexts.translated(upload);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.setMaxFileSize(ProductImages.MAX_BYTES);
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.setVisible(false);
        return upload;
    }

    private void showPictures() {
        pictures.removeAll();
        if (shownSku == null) {
            return;
        }
        for (var picture : images.of(shownSku)) {
            var image = new Image("media/products/" + shownSku + "/" + picture.id(), picture.fileName() == null ? shownSku : picture.fileName());
            image.setHeight("96px");
            var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                images.remove(shownSku, picture.id());
                showPictures();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("product.pictures.remove"));
            var tile = new Div(image, remove);
            tile.addClassName("product-picture");
            pictures.add(tile);
        }
    }

    private void show(ProductSnapshot product) {
        shownSku = product == null ? null : product.sku();
        showPictures();
        pictureUpload.setVisible(product != null); // pictures belong to a saved product
        category.setItems(categories.tree().stream().map(dev.feira.catalog.CategoryNode::path).toList());
        byField.values().forEach(f -> f.setInvalid(false));
        sku.setReadOnly(product != null);
        sku.setValue(product == null ? "" : product.sku());
        name.setValue(text(product == null ? null : product.name()));
        gtin.setValue(text(product == null ? null : product.gtin()));
        mpn.setValue(text(product == null ? null : product.mpn()));
        brand.setValue(text(product == null ? null : product.brand()));
        category.setValue(product == null ? null : product.category());
        description.setValue(text(product == null ? null : product.description()));
        unit.setValue(product == null ? "UN" : product.unit());
        packSize.setValue(product == null ? 1 : product.packSize());
        minOrder.setValue(product == null ? 1 : product.minOrderQuantity());
        multiple.setValue(product == null ? 1 : product.orderMultiple());
        listPrice.setValue(product == null ? null : product.listPrice());
        stock.setValue(product == null ? 0 : product.stock());
        ncm.setValue(text(product == null ? null : product.ncm()));
        ipi.setValue(product == null ? null : product.ipiRate());
        units.setValue(product == null ? "" : pairs(product.units()));
        attributes.setValue(product == null ? "" : String.join("\n", product.attributes().entrySet().stream()
                .map(a -> a.getKey() + "=" + a.getValue()).toList()));
    }

    private static String pairs(Map<String, ?> values) {
        return String.join("; ", values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /** "name=value" pairs separated by ; or new lines; a malformed one is reported on its field. */
    private Map<String, String> readPairs(HasValidation field, String text, String example) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : text.split("[;\\n]")) {
            if (pair.isBlank()) {
                continue;
            }
            int at = pair.indexOf('=');
            if (at < 1 || pair.substring(at + 1).isBlank()) {
                throw new FieldProblem(field, getTranslation("product.pairs.invalid", pair.strip(), example));
            }
            pairs.put(pair.substring(0, at).strip(), pair.substring(at + 1).strip());
        }
        return pairs;
    }

    private Map<String, Integer> readUnits() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        readPairs(units, units.getValue(), "FD=10; PLT=400").forEach((code, size) -> {
            try {
                sizes.put(code.toUpperCase(java.util.Locale.ROOT), Integer.parseInt(size));
            } catch (NumberFormatException e) {
                throw new FieldProblem(units, getTranslation("product.pairs.invalid", code + "=" + size, "FD=10; PLT=400"));
            }
        });
        return sizes;
    }

    /** A problem found while reading the form, shown on its field. */
    private static final class FieldProblem extends RuntimeException {
        private final transient HasValidation field;

        FieldProblem(HasValidation field, String message) {
            super(message);
            this.field = field;
        }
    }

    private void save() {
        byField.values().forEach(f -> f.setInvalid(false));
        ProductSnapshot product;
        try {
            product = new ProductSnapshot(sku.getValue().strip(), blankToNull(gtin), blankToNull(mpn), name.getValue().strip(),
                    blankToNull(description), blankToNull(brand), blankToNull(category), unit.getValue().strip().toUpperCase(java.util.Locale.ROOT),
                    number(packSize), number(minOrder), number(multiple),
                    listPrice.getValue() == null ? null : listPrice.getValue().stripTrailingZeros(), number(stock),
                    readPairs(attributes, attributes.getValue(), "Material=Aço Inox"), readUnits(), blankToNull(ncm), ipi.getValue());
        } catch (FieldProblem problem) {
            problem.field.setErrorMessage(problem.getMessage());
            problem.field.setInvalid(true);
            return;
        }
        try {
            var saved = catalog.save(product);
            list.refresh();
            show(saved);
            Notification.show(getTranslation("products.saved", saved.sku()));
        } catch (InvalidProduct e) {
            e.problems().forEach((field, problem) -> {
                HasValidation input = byField.get(field);
                if (input != null) {
                    input.setErrorMessage(problem.text(getLocale()));
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
