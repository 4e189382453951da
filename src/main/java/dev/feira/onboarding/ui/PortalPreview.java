package dev.feira.onboarding.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;

/** The portal as buyers will see it — header, a product card, a button — redrawn as the admin changes its branding. */
class PortalPreview extends Div {

    private final Div header = new Div();
    private final Image logo = new Image();
    private final Span name = new Span();
    private final Span tagline = new Span();

    PortalPreview(String currentLogo) {
        addClassName("portal-preview");
        setId("portal-preview");
        getElement().setAttribute("aria-label", getTranslation("branding.preview"));
        header.addClassName("portal-preview-header");
        logo.addClassName("portal-preview-logo");
        logo.setAlt("");
        if (currentLogo != null) {
            logo.setSrc(currentLogo);
        } else {
            logo.setVisible(false);
        }
        name.addClassName("portal-preview-name");
        name.setId("portal-preview-name");
        tagline.addClassName("portal-preview-tagline");
        header.add(logo, name);
        var product = new Div(new Span(getTranslation("branding.preview.product")),
                new Span(dev.feira.shared.Money.of("12.50", "BRL").format(getLocale()) + " / CX"));
        product.addClassName("portal-preview-product");
        var button = new Span(getTranslation("product.add-to-cart"));
        button.addClassName("portal-preview-button");
        var body = new Div(tagline, product, button);
        body.addClassName("portal-preview-body");
        add(header, body);
    }

    void show(String portalName, String portalTagline, String color) {
        name.setText(portalName);
        tagline.setText(portalTagline == null ? "" : portalTagline);
        if (color != null && color.matches("#[0-9a-fA-F]{6}")) {
            getStyle().set("--preview-color", color);
        }
    }

    void showLogo(byte[] picture, String fileName) {
        logo.setSrc(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams.DownloadResponse(
                new java.io.ByteArrayInputStream(picture), fileName, null, picture.length)));
        logo.setVisible(true);
    }
}
