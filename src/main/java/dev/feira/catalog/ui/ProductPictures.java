package dev.feira.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import dev.feira.catalog.ProductImages;
import dev.feira.catalog.UnknownProduct;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.ui.UploadTexts;

/** A saved product's pictures: each with a button to remove it, and an upload for more. A new product has none yet. */
final class ProductPictures extends Div {

    private final transient ProductImages images;
    private final Div tiles = new Div();
    private final Upload upload;
    private String sku;

    ProductPictures(ProductImages images) {
        this.images = images;
        tiles.setId("product-pictures");
        tiles.addClassName("product-pictures");
        upload = upload();
        add(tiles, upload);
    }

    /** The pictures of this product; none (and no upload) for a product not saved yet. */
    void show(String sku) {
        this.sku = sku;
        upload.setVisible(sku != null);
        redraw();
    }

    private Upload upload() {
        var tenant = TenantContext.require();
        UI ui = UI.getCurrent();
        // The handler runs without the session lock (and outside the request's tenant): store, then redraw under the lock.
        var picked = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String target = sku;
            String problem = null;
            try {
                TenantContext.callAs(tenant, () -> images.add(target, metadata.fileName(), bytes));
            } catch (ProductImages.InvalidImage | UnknownProduct e) {
                problem = e.getMessage();
            }
            String shownProblem = problem;
            ui.access(() -> {
                if (shownProblem != null) {
                    Notification.show(shownProblem, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                redraw();
            });
        }));
        picked.setId("product-picture-upload");
        UploadTexts.translated(picked);
        picked.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        picked.setMaxFileSize(ProductImages.MAX_BYTES);
        picked.addAllFinishedListener(e -> picked.clearFileList());
        picked.setVisible(false);
        return picked;
    }

    private void redraw() {
        tiles.removeAll();
        if (sku == null) {
            return;
        }
        String shown = sku;
        for (var picture : images.of(shown)) {
            var image = new Image("media/products/" + shown + "/" + picture.id(), picture.fileName() == null ? shown : picture.fileName());
            image.setHeight("96px");
            var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                images.remove(shown, picture.id());
                redraw();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("product.pictures.remove"));
            var tile = new Div(image, remove);
            tile.addClassName("product-picture");
            tiles.add(tile);
        }
    }
}
