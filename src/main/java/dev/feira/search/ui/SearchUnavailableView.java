package dev.feira.search.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dev.feira.search.SearchUnavailable;
import dev.feira.tenancy.ui.MainLayout;

/** A page that needs search opened while the search server is down: said plainly, in the reader's language (503). */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class SearchUnavailableView extends VerticalLayout implements HasErrorParameter<SearchUnavailable> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SearchUnavailable> parameter) {
        removeAll();
        var title = new H2(getTranslation("search.unavailable.title"));
        title.setId("search-unavailable");
        add(title, new Paragraph(getTranslation("search.unavailable.message")));
        return 503;
    }
}
