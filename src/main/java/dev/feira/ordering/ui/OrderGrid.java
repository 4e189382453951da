package dev.feira.ordering.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.BiFunction;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import dev.feira.ordering.PlacedOrder;

/** Orders as a grid, for buyers and for the supplier's inbox: number, date, status, total; a row shows its lines, its link opens the order. */
final class OrderGrid {

    private OrderGrid() {
    }

    static Grid<PlacedOrder> of(Locale locale, BiFunction<String, Object[], String> translate) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(ZoneId.of("America/Sao_Paulo"));
        var grid = new Grid<PlacedOrder>();
        grid.addColumn(PlacedOrder::number).setHeader(translate.apply("orders.number", new Object[0])).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> when.format(o.placedAt())).setHeader(translate.apply("orders.placed", new Object[0])).setAutoWidth(true);
        grid.addColumn(o -> translate.apply("orders.status." + o.status(), new Object[0]))
                .setHeader(translate.apply("orders.status", new Object[0])).setAutoWidth(true).setPartNameGenerator(o -> "status");
        grid.addColumn(o -> o.total().format(locale)).setHeader(translate.apply("orders.total", new Object[0])).setAutoWidth(true);
        grid.addColumn(o -> o.lines().size()).setHeader(translate.apply("orders.lines", new Object[0])).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(o -> {
            var open = new RouterLink(translate.apply("orders.open", new Object[0]), OrderView.class, new RouteParameters("id", o.id().toString()));
            open.getElement().setAttribute("aria-label", translate.apply("order.open", new Object[]{o.number()}));
            open.addClassName("order-open");
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(order -> {
            var lines = new UnorderedList();
            order.lines().forEach(l -> lines.add(new ListItem(l.quantity() + " " + l.unit() + " × " + l.sku() + " " + l.name()
                    + " — " + l.unitPrice().format(locale) + " = " + l.total().format(locale))));
            var details = new Div(lines);
            order.statusReason().ifPresent(reason -> details.add(new Div(reason)));
            details.add(new Div(translate.apply("pricing.terms", new Object[]{order.paymentTerms(), order.freight(), order.leadTimeDays()})));
            details.addClassName("order-details");
            return details;
        }));
        return grid;
    }
}
