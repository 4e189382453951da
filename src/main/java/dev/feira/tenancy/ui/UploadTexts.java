package dev.feira.tenancy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** Vaadin's upload component speaks English by itself: every upload of the portal speaks the reader's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static Upload translated(Upload upload) {
        var ui = UI.getCurrent();
        var texts = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(ui.getTranslation("upload.add.one")).setMany(ui.getTranslation("upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(ui.getTranslation("upload.drop.one")).setMany(ui.getTranslation("upload.drop.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(ui.getTranslation("upload.error.too-many"))
                        .setFileIsTooBig(ui.getTranslation("upload.error.too-big")).setIncorrectFileType(ui.getTranslation("upload.error.type")))
                .setFile(new UploadI18N.File().setRetry(ui.getTranslation("upload.file.retry")).setStart(ui.getTranslation("upload.file.start"))
                        .setRemove(ui.getTranslation("upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(ui.getTranslation("upload.status.connecting"))
                                .setStalled(ui.getTranslation("upload.status.stalled")).setProcessing(ui.getTranslation("upload.status.processing"))
                                .setHeld(ui.getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(ui.getTranslation("upload.remaining"))
                                .setUnknown(ui.getTranslation("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(ui.getTranslation("upload.error.server"))
                                .setUnexpectedServerError(ui.getTranslation("upload.error.server"))
                                .setForbidden(ui.getTranslation("upload.error.forbidden"))
                                .setFileTooLarge(ui.getTranslation("upload.error.too-big"))))
                .setUnits(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(texts);
        return upload;
    }
}
