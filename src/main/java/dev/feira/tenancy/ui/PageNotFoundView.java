package dev.feira.tenancy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A page that does not exist, or one the visitor may not open (Vaadin answers both alike, so a page's existence is
 * not given away): said in the visitor's language, inside the portal, with the way back — never the framework's list
 * of routes.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        var title = new H2(getTranslation("page.not-found.title"));
        title.setId("page-not-found");
        add(title, new Paragraph(getTranslation("page.not-found.message")), new Anchor("/", getTranslation("page.not-found.home")));
        return 404;
    }
}
