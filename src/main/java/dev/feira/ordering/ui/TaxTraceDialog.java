package dev.feira.ordering.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;

import dev.feira.taxation.Taxes.LineTaxes;
import dev.feira.taxation.Taxes.TaxedSale;

/** How each line's taxes were computed: its NCM, the IPI rate, the ICMS rate between the states, the ST margin. */
class TaxTraceDialog extends Dialog {

    TaxTraceDialog(TaxedSale sale, Locale locale) {
        setHeaderTitle(getTranslation("taxes.why.title"));
        setWidth("min(56em, 96vw)");
        add(new Paragraph(getTranslation("taxes.why.intro")));
        var grid = new Grid<LineTaxes>();
        grid.setId("taxes-trace");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LineTaxes::sku).setHeader(getTranslation("product.sku")).setAutoWidth(true);
        grid.addColumn(l -> l.ncm() == null ? "—" : l.ncm()).setHeader("NCM").setAutoWidth(true);
        grid.addColumn(l -> TaxesPanel.rate(l.ipiRate(), locale) + " = " + l.ipi().format(locale)).setHeader("IPI").setAutoWidth(true);
        grid.addColumn(l -> TaxesPanel.rate(l.icmsRate(), locale) + " = " + l.icms().format(locale)).setHeader("ICMS").setAutoWidth(true);
        grid.addColumn(l -> l.stMva().map(mva -> getTranslation("taxes.why.st", TaxesPanel.rate(mva, locale),
                TaxesPanel.rate(l.destinationRate().orElseThrow(), locale), l.icmsSt().format(locale))).orElse("—"))
                .setHeader("ICMS-ST").setFlexGrow(1);
        grid.setItems(sale.lines());
        grid.setAllRowsVisible(true);
        add(grid, new Paragraph(getTranslation("taxes.why.scope")));
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
