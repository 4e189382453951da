package dev.feira.catalog.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.Categories;
import dev.feira.catalog.CategoryNode;
import dev.feira.catalog.InvalidProduct;
import dev.feira.catalog.ProductImages;
import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.CatalogAccess;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.PhoneWidth;
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
    private final transient Categories categories;
    private final transient ProductImages images;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private ProductList list;
    private ProductForm form;
    private ProductPictures pictures;

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
        PhoneWidth.stackOnPhones(this);
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
        form = new ProductForm();
        pictures = new ProductPictures(images);
        var save = new Button(getTranslation("products.save"), e -> save());
        save.setId("products-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var editor = new VerticalLayout(new H3(getTranslation("products.editor")), form, save, new H3(getTranslation("product.pictures")),
                pictures);
        editor.setId("product-editor");
        var scroller = new Scroller(editor);
        scroller.setSizeFull();
        addToPrimary(list);
        addToSecondary(scroller);
        show(null);
    }

    private void show(ProductSnapshot product) {
        form.show(product, categories.tree().stream().map(CategoryNode::path).toList());
        pictures.show(product == null ? null : product.sku());
    }

    private void save() {
        form.read().ifPresent(product -> {
            try {
                var saved = catalog.save(product);
                list.refresh();
                show(saved);
                Notification.show(getTranslation("products.saved", saved.sku()));
            } catch (InvalidProduct e) {
                form.showProblems(e.problems(), getLocale());
            }
        });
    }
}
