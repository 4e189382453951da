package dev.feira.rfq.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import dev.feira.rfq.RfqAttachment;
import dev.feira.rfq.RfqRefusal;
import dev.feira.shared.TenantContext;

/**
 * The RFQ's files: each a download; for the buyer while the RFQ takes them, an upload (checked by the service, by
 * content) and, on a draft, a remove button. The supplier sees the same list, read only.
 */
class AttachmentsPanel extends VerticalLayout {

    private final transient Supplier<List<RfqAttachment>> list;
    private final transient Function<UUID, Optional<RfqAttachment.Content>> content;
    private final transient Consumer<UUID> remove;
    private final Div files = new Div();

    /**
     * @param attach null where files are not added (a supplier, a closed RFQ)
     * @param remove null where files stay (once sent)
     */
    AttachmentsPanel(Supplier<List<RfqAttachment>> list, Function<UUID, Optional<RfqAttachment.Content>> content,
                     BiFunction<String, byte[], RfqAttachment> attach, Consumer<UUID> remove) {
        this.list = list;
        this.content = content;
        this.remove = remove;
        setPadding(false);
        setSpacing(false);
        files.setId("rfq-attachments");
        add(new H3(getTranslation("rfq.attachments")), files);
        if (attach != null) {
            add(upload(attach));
        }
        showFiles();
    }

    private Upload upload(BiFunction<String, byte[], RfqAttachment> attach) {
        var portal = TenantContext.current();
        UI ui = UI.getCurrent();
        // The handler runs in the upload's request, without the session lock: store, then redraw under the lock.
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String message;
            boolean stored = false;
            try {
                var added = portal.map(tenant -> TenantContext.callAs(tenant, () -> attach.apply(metadata.fileName(), bytes)))
                        .orElseGet(() -> attach.apply(metadata.fileName(), bytes));
                message = ui.getTranslation("rfq.attachments.added", added.fileName());
                stored = true;
            } catch (RfqRefusal refused) {
                message = ui.getTranslation(refused.key(), refused.arguments());
            }
            String shown = message;
            boolean ok = stored;
            ui.access(() -> {
                var notice = Notification.show(shown, ok ? 3000 : 6000, Notification.Position.BOTTOM_START);
                if (!ok) {
                    notice.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
                }
                showFiles();
            });
        }));
        upload.setId("rfq-attachment-upload");
        dev.feira.tenancy.ui.UploadTexts.translated(upload);
        upload.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", "image/webp", ".pdf", ".png", ".jpg", ".jpeg", ".webp");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("rfq.attachments.add")));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        return upload;
    }

    private void showFiles() {
        files.removeAll();
        var attached = list.get();
        if (attached.isEmpty()) {
            files.add(new Paragraph(getTranslation("rfq.attachments.none")));
            return;
        }
        for (var file : attached) {
            var link = new DocumentLink("rfq-attachment-" + file.id(), file.fileName() + " (" + kilobytes(file.size()) + ")", file.fileName(),
                    file.contentType(), () -> content.apply(file.id()).map(RfqAttachment.Content::bytes).orElse(new byte[0]));
            link.addClassName("rfq-attachment");
            var row = new HorizontalLayout(link);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            if (remove != null) {
                var drop = new Button(getTranslation("rfq.attachments.remove"), e -> {
                    remove.accept(file.id());
                    showFiles();
                });
                drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                row.add(drop);
            }
            files.add(row);
        }
    }

    private static String kilobytes(int size) {
        return size < 1024 ? size + " B" : size < 1024 * 1024 ? (size / 1024) + " KB" : String.format(java.util.Locale.ROOT, "%.1f MB", size / 1048576.0);
    }
}
