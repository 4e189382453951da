package dev.feira.catalog.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.catalog.Categories;
import dev.feira.catalog.CategoryNode;
import dev.feira.identity.CatalogAccess;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * The supplier's category tree: what search facets, the buyer's category filter and product
 * groups of conditions follow. Renaming moves products and sub-categories, and the conditions
 * that name the category follow; only an empty category can be removed.
 */
@Route(value = "catalog/categories", layout = MainLayout.class)
@Menu(title = "nav.categories", order = 4.1)
@RolesAllowed({"SUPPLIER_ADMIN", "PLATFORM_OPERATOR"})
class CategoriesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient Categories categories;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final TreeGrid<CategoryNode> tree = new TreeGrid<>();

    CategoriesView(Categories categories, TenantDirectory tenants, CatalogAccess access) {
        this.categories = categories;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.categories"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (enterDesk(event, tenants, access::mayManage).isPresent() && getComponentCount() == 0) {
            build();
        }
    }

    private void build() {
        setSizeFull();
        tree.setId("categories-tree");
        tree.addHierarchyColumn(CategoryNode::name).setHeader(getTranslation("categories.name")).setFlexGrow(3);
        tree.addColumn(CategoryNode::products).setHeader(getTranslation("categories.products")).setAutoWidth(true).setFlexGrow(0);
        var addTop = new Button(getTranslation("categories.add-top"), VaadinIcon.PLUS.create(),
                e -> ask(getTranslation("categories.add-top"), "", name -> change(() -> categories.create(null, name))));
        addTop.setId("categories-add-top");
        var addBelow = new Button(getTranslation("categories.add-below"), VaadinIcon.PLUS_CIRCLE.create(),
                e -> selected().ifPresent(parent -> ask(getTranslation("categories.add-below-of", parent.path()), "",
                        name -> change(() -> categories.create(parent.path(), name)))));
        addBelow.setId("categories-add-below");
        var rename = new Button(getTranslation("categories.rename"), VaadinIcon.EDIT.create(),
                e -> selected().ifPresent(node -> ask(getTranslation("categories.rename-of", node.path()), node.name(),
                        name -> change(() -> categories.rename(node.path(), name)))));
        rename.setId("categories-rename");
        var remove = new Button(getTranslation("categories.remove"), VaadinIcon.TRASH.create(),
                e -> selected().ifPresent(node -> change(() -> categories.remove(node.path()))));
        remove.setId("categories-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        List.of(addBelow, rename, remove).forEach(b -> b.setEnabled(false));
        tree.asSingleSelect().addValueChangeListener(e -> List.of(addBelow, rename, remove).forEach(b -> b.setEnabled(e.getValue() != null)));
        add(new Paragraph(getTranslation("categories.help")), new HorizontalLayout(addTop, addBelow, rename, remove), tree);
        setFlexGrow(1, tree);
        reload();
    }

    private Optional<CategoryNode> selected() {
        return Optional.ofNullable(tree.asSingleSelect().getValue());
    }

    private void reload() {
        var data = new TreeData<CategoryNode>();
        var byPath = new java.util.HashMap<String, CategoryNode>();
        for (CategoryNode node : categories.tree()) { // parents come first
            data.addItem(node.parent().map(byPath::get).orElse(null), node);
            byPath.put(node.path(), node);
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expand(data.getRootItems());
    }

    private void change(Runnable action) {
        try {
            action.run();
            reload();
        } catch (IllegalArgumentException e) {
            var error = Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE);
            error.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void ask(String title, String value, Consumer<String> then) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        var name = new TextField(getTranslation("categories.name"));
        name.setId("category-name");
        name.setValue(value);
        name.setWidthFull();
        var ok = new Button(getTranslation("categories.ok"), e -> {
            dialog.close();
            then.accept(name.getValue());
        });
        ok.setId("category-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("categories.cancel"), e -> dialog.close()), ok);
        dialog.open();
        name.focus();
    }
}
