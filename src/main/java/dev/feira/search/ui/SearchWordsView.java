package dev.feira.search.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.CatalogAccess;
import dev.feira.search.SearchMisses;
import dev.feira.search.SearchMisses.SearchMiss;
import dev.feira.search.SearchSynonyms;
import dev.feira.search.SearchSynonyms.SynonymGroup;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.PhoneWidth;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * The words the supplier's buyers search with: what they searched in vain lately, and the synonym groups that teach
 * the search their words. Its staff read both; its admins change the synonyms, which apply from the next search on.
 */
@Route(value = "catalog/search-words", layout = MainLayout.class)
@Menu(title = "nav.search-words", order = 4.5)
@RolesAllowed({"SUPPLIER_ADMIN", "SALES_REP", "PLATFORM_OPERATOR"})
class SearchWordsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private static final ZoneId SUPPLIER_ZONE = ZoneId.of("America/Sao_Paulo");
    private static final List<Integer> PERIODS = List.of(7, 30, 90);
    private static final int MISSES_SHOWN = 200;

    private final transient SearchSynonyms synonyms;
    private final transient SearchMisses misses;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final Grid<SynonymGroup> synonymGrid = new Grid<>();
    private final Grid<SearchMiss> missGrid = new Grid<>();
    private final Span synonymCount = new Span();
    private final Span missCount = new Span();
    private final Select<Integer> period = new Select<>();
    private SynonymForm form;

    SearchWordsView(SearchSynonyms synonyms, SearchMisses misses, TenantDirectory tenants, CatalogAccess access) {
        this.synonyms = synonyms;
        this.misses = misses;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.search-words"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var supplier = enterDesk(event, tenants, access::mayManage);
        if (supplier.isEmpty()) {
            return;
        }
        boolean administers = access.mayAdminister(supplier.get());
        removeAll();
        add(new H2(getTranslation("nav.search-words")), new Paragraph(getTranslation("search-words.intro")));
        add(missesSection(administers));
        add(synonymsSection(administers));
        refreshMisses();
        refreshSynonyms();
    }

    private VerticalLayout missesSection(boolean administers) {
        period.setId("search-misses-period");
        period.setItems(PERIODS);
        period.setItemLabelGenerator(days -> getTranslation("search-words.misses.period", days));
        period.setValue(30);
        period.addValueChangeListener(e -> refreshMisses());
        missCount.setId("search-misses-count");
        var header = new HorizontalLayout(new H3(getTranslation("search-words.misses.title")), period);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);

        missGrid.removeAllColumns();
        missGrid.setId("search-misses");
        missGrid.addColumn(SearchMiss::query).setHeader(getTranslation("search-words.misses.query")).setFlexGrow(1);
        missGrid.addColumn(miss -> getTranslation("search-words.misses.searches", miss.searches()))
                .setHeader(getTranslation("search-words.misses.times")).setAutoWidth(true).setFlexGrow(0);
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(SUPPLIER_ZONE);
        var last = missGrid.addColumn(miss -> when.format(miss.lastSearchedAt()))
                .setHeader(getTranslation("search-words.misses.last")).setAutoWidth(true).setFlexGrow(0);
        if (administers) {
            missGrid.addComponentColumn(miss -> {
                var answer = new Button(getTranslation("search-words.misses.answer"), e -> form.startWith(miss.query()));
                answer.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                answer.addClassName("search-miss-answer");
                answer.getElement().setAttribute("data-query", miss.query());
                return answer;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        PhoneWidth.hideColumns(missGrid, last);
        var section = new VerticalLayout(header, missCount, missGrid);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout synonymsSection(boolean administers) {
        synonymCount.setId("synonym-count");
        var section = new VerticalLayout(new H3(getTranslation("search-words.synonyms.title")),
                new Paragraph(getTranslation("search-words.synonyms.intro")));
        section.setPadding(false);
        synonymGrid.removeAllColumns();
        synonymGrid.setId("synonyms");
        synonymGrid.addColumn(group -> String.join(" · ", group.terms())).setHeader(getTranslation("search-words.synonyms.group"));
        if (administers) {
            synonymGrid.addComponentColumn(group -> {
                var remove = new Button(getTranslation("search-words.synonyms.remove"), e -> {
                    synonyms.remove(group.id());
                    refreshSynonyms();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                remove.addClassName("synonym-remove");
                remove.getElement().setAttribute("data-terms", String.join(", ", group.terms()));
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
            form = new SynonymForm(synonyms, () -> {
                notice("search-words.synonyms.added");
                refreshSynonyms();
            });
            var asList = new Button(getTranslation("search-words.list.open"), e -> new SynonymListDialog(synonyms, synonyms.all(), () -> {
                notice("search-words.list.saved");
                refreshSynonyms();
            }).open());
            asList.setId("synonym-list-open");
            section.add(form, asList);
        } else {
            section.add(new Paragraph(getTranslation("search-words.synonyms.read-only")));
        }
        section.add(synonymCount, synonymGrid);
        return section;
    }

    private void refreshSynonyms() {
        var all = synonyms.all();
        synonymCount.setText(getTranslation("search-words.synonyms.count", all.size()));
        synonymGrid.setItems(all);
        fitRows(synonymGrid, all.size());
    }

    private void refreshMisses() {
        int days = period.getValue() == null ? 30 : period.getValue();
        var found = misses.since(Instant.now().minus(Duration.ofDays(days)), MISSES_SHOWN);
        missCount.setText(getTranslation("search-words.misses.count", found.size()));
        missGrid.setItems(found);
        fitRows(missGrid, found.size());
    }

    /** A short list shown whole (an empty one not at all: the count above says so); a long one scrolls in a fixed height, its rows sent to the browser as they come into view. */
    private static void fitRows(Grid<?> grid, int rows) {
        grid.setVisible(rows > 0);
        boolean whole = rows <= 12;
        grid.setAllRowsVisible(whole);
        grid.setHeight(whole ? null : "28rem");
    }

    private void notice(String key) {
        Notification.show(getTranslation(key), 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
