package dev.feira.catalog.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dev.feira.catalog.ProductSnapshot;

/**
 * A product's fields. Reading it either gives a product for the catalog's rules to judge or marks the field that
 * cannot even be read ("FD=dez"); the rules' problems come back to the field they name.
 */
final class ProductForm extends FormLayout {

    /** The inputs by the field names the product's rules report problems under (declared first: the fields below register here). */
    private final Map<String, HasValidation> byField = new LinkedHashMap<>();
    private final TextField sku = field("sku", "product.sku");
    private final TextField name = field("name", "product.name");
    private final TextField gtin = field("gtin", "product.gtin");
    private final TextField mpn = field("mpn", "product.mpn");
    private final TextField brand = field("brand", "product.brand");
    private final ComboBox<String> category = new ComboBox<>(getTranslation("product.category"));
    private final TextArea description = new TextArea(getTranslation("product.description"));
    private final TextField unit = field("unit", "product.unit");
    private final IntegerField packSize = whole("pack_size", "product.pack-size");
    private final IntegerField minOrder = whole("min_order_qty", "product.min-lot");
    private final IntegerField multiple = whole("order_multiple", "product.multiple");
    private final BigDecimalField listPrice = new BigDecimalField(getTranslation("product.price.list"));
    private final IntegerField stock = whole("stock", "product.stock");
    private final TextField ncm = field("ncm", "product.ncm");
    private final BigDecimalField ipi = new BigDecimalField(getTranslation("product.ipi"));
    private final TextField units = field("units", "product.units.edit");
    private final TextArea attributes = new TextArea(getTranslation("product.attributes.edit"));

    ProductForm() {
        description.setId("product-description");
        listPrice.setId("product-list_price");
        byField.put("list_price", listPrice);
        ipi.setId("product-ipi");
        ipi.setSuffixComponent(new Span("%"));
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
        add(sku, name, gtin, mpn, brand, category, description, unit, packSize, minOrder, multiple, listPrice, stock, ncm, ipi, units,
                attributes);
        setColspan(description, 2);
        setColspan(attributes, 2);
    }

    /** Fills the form with a product, or with a new one's defaults when there is none. */
    void show(ProductSnapshot product, List<String> categoryPaths) {
        category.setItems(categoryPaths);
        clearProblems();
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
        units.setValue(product == null ? "" : String.join("; ", product.units().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        attributes.setValue(product == null ? "" : String.join("\n", product.attributes().entrySet().stream()
                .map(a -> a.getKey() + "=" + a.getValue()).toList()));
    }

    /** The product as typed; empty when a field cannot be read, which then says why. */
    Optional<ProductSnapshot> read() {
        clearProblems();
        try {
            return Optional.of(new ProductSnapshot(sku.getValue().strip(), blankToNull(gtin), blankToNull(mpn), name.getValue().strip(),
                    blankToNull(description), blankToNull(brand), blankToNull(category), unit.getValue().strip().toUpperCase(Locale.ROOT),
                    number(packSize), number(minOrder), number(multiple),
                    listPrice.getValue() == null ? null : listPrice.getValue().stripTrailingZeros(), number(stock),
                    readPairs(attributes, attributes.getValue(), "Material=Aço Inox"), readUnits(), blankToNull(ncm), ipi.getValue()));
        } catch (FieldProblem problem) {
            problem.field.setErrorMessage(problem.getMessage());
            problem.field.setInvalid(true);
            return Optional.empty();
        }
    }

    /** The catalog's problems with the product, each on its field. */
    void showProblems(Map<String, ProductSnapshot.Problem> problems, Locale locale) {
        problems.forEach((field, problem) -> {
            HasValidation input = byField.get(field);
            if (input != null) {
                input.setErrorMessage(problem.text(locale));
                input.setInvalid(true);
            }
        });
    }

    private void clearProblems() {
        byField.values().forEach(f -> f.setInvalid(false));
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
                sizes.put(code.toUpperCase(Locale.ROOT), Integer.parseInt(size));
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
