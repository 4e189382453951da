package dev.feira.ordering.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.BiFunction;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
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
        var number = grid.addColumn(PlacedOrder::number).setHeader(translate.apply("orders.number", new Object[0])).setAutoWidth(true)
                .setFlexGrow(0);
        var placed = grid.addColumn(o -> when.format(o.placedAt())).setHeader(translate.apply("orders.placed", new Object[0]))
                .setAutoWidth(true).setKey("placed");
        var status = grid.addColumn(o -> translate.apply("orders.status." + o.status(), new Object[0]))
                .setHeader(translate.apply("orders.status", new Object[0])).setAutoWidth(true).setPartNameGenerator(o -> "status").setKey("status");
        var total = grid.addColumn(o -> o.total().format(locale)).setHeader(translate.apply("orders.total", new Object[0])).setAutoWidth(true);
        var lineCount = grid.addColumn(o -> o.lines().size()).setHeader(translate.apply("orders.lines", new Object[0])).setAutoWidth(true)
                .setFlexGrow(0);
        var open = grid.addComponentColumn(o -> openLink(o, translate)).setAutoWidth(true).setFlexGrow(0);
        // On a phone each order is a card: number and status, when, the total, and the way in.
        var card = grid.addComponentColumn(o -> {
            var title = new Div(new Span(o.number() + " · " + translate.apply("orders.status." + o.status(), new Object[0])));
            title.addClassName("product-name");
            var meta = new Div(when.format(o.placedAt()) + " · " + o.total().format(locale));
            meta.addClassName("product-meta");
            return new Div(title, meta, openLink(o, translate));
        }).setHeader(translate.apply("nav.orders", new Object[0])).setFlexGrow(1).setKey("card");
        dev.feira.tenancy.ui.PhoneWidth.cardsOnPhones(grid, card, number, placed, status, total, lineCount, open);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(order -> {
            var lines = new UnorderedList();
            order.lines().forEach(l -> lines.add(new ListItem(l.ordered().text(locale) + " × " + l.sku() + " " + l.name()
                    + " — " + l.unitPrice().format(locale) + " = " + l.total().format(locale))));
            var details = new Div(lines);
            order.statusReason().ifPresent(reason -> details.add(new Div(reason)));
            details.add(new Div(translate.apply("pricing.terms", new Object[]{order.paymentTerms(), order.freight(), order.leadTimeDays()})));
            details.addClassName("order-details");
            return details;
        }));
        return grid;
    }

    private static RouterLink openLink(PlacedOrder order, BiFunction<String, Object[], String> translate) {
        var open = new RouterLink(translate.apply("orders.open", new Object[0]), OrderView.class, new RouteParameters("id", order.id().toString()));
        open.getElement().setAttribute("aria-label", translate.apply("order.open", new Object[]{order.number()}));
        open.addClassName("order-open");
        return open;
    }

    /** For the supplier: who ordered (company, account number, CNPJ) and where it goes (the branch, its state). */
    static void addBuyerColumn(Grid<PlacedOrder> grid, java.util.function.Function<java.util.UUID,
            java.util.Optional<dev.feira.identity.BuyerAccountProfile>> buyers, BiFunction<String, Object[], String> translate) {
        var column = grid.addComponentColumn(order -> {
            var cell = new Div();
            cell.addClassName("inbox-buyer");
            buyers.apply(order.buyerAccount()).ifPresent(buyer -> {
                cell.add(new Div(buyer.buyerCompanyName()));
                var account = new Div(translate.apply("inbox.buyer.account", new Object[]{buyer.accountNumber(),
                        buyer.buyerCompanyTaxId() == null ? "—" : buyer.buyerCompanyTaxId()}));
                account.addClassName("secondary");
                cell.add(account);
            });
            order.purchase().shipTo().ifPresent(to -> {
                var shipTo = new Div(translate.apply("inbox.buyer.ship-to", new Object[]{to.label(), to.state(), to.taxId()}));
                shipTo.addClassName("secondary");
                cell.add(shipTo);
            });
            order.purchase().buyerPoNumber().ifPresent(po -> {
                var number = new Div(translate.apply("inbox.buyer.po", new Object[]{po}));
                number.addClassName("secondary");
                cell.add(number);
            });
            return cell;
        }).setHeader(translate.apply("order.buyer", new Object[0])).setFlexGrow(3);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT); // a CNPJ is read whole
        grid.setColumnOrder(java.util.stream.Stream.concat(grid.getColumns().stream().limit(2), java.util.stream.Stream.concat(
                java.util.stream.Stream.of(column), grid.getColumns().stream().skip(2).filter(c -> c != column))).toList());
    }
}
