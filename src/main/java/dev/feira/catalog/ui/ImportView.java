package dev.feira.catalog.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import dev.feira.identity.CatalogAccess;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.shared.sheet.InvalidSheet;
import dev.feira.shared.sheet.Sheet;
import dev.feira.shared.sheet.SheetExport;
import dev.feira.shared.sheet.SheetImport;
import dev.feira.shared.sheet.SheetWriter;
import dev.feira.shared.sheet.SheetProblem;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * The import wizard: choose what the sheet holds, upload it (CSV or XLSX), read the preview —
 * every problem with its line and column, or how many records will change — then apply it, all or
 * nothing, with the progress pushed to the page.
 */
@Route(value = "catalog/import", layout = MainLayout.class)
@Menu(title = "nav.import", order = 4.4)
@RolesAllowed({"SUPPLIER_ADMIN", "PLATFORM_OPERATOR"})
class ImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    static final int MAX_BYTES = 32 * 1024 * 1024;

    private final transient Map<String, SheetImport> kinds;
    private final transient Map<String, SheetExport> exports;
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;

    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
    private final Paragraph columns = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final Grid<SheetProblem> problems = new Grid<>();
    private final Button apply = new Button();
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Paragraph result = new Paragraph();
    private final Anchor rowsToFix = new Anchor();
    private transient Sheet uploaded;
    /** The chosen kind, readable from the upload handler (which runs without the session lock). */
    private volatile String selectedKind = "products";

    ImportView(List<SheetImport> kinds, List<SheetExport> exports, TenantDirectory tenants, CatalogAccess access) {
        this.kinds = kinds.stream().collect(Collectors.toMap(SheetImport::kind, Function.identity()));
        this.exports = exports.stream().collect(Collectors.toMap(SheetExport::kind, Function.identity()));
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.import"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        enterDesk(event, tenants, access::mayManage).ifPresent(tenant -> {
            removeAll();
            build(tenant.id());
        });
    }

    private void build(TenantId tenant) {
        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems("products", "prices", "stock");
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k));
        kind.addValueChangeListener(e -> {
            selectedKind = e.getValue();
            columns.setText(getTranslation("import.columns", String.join(", ", kinds.get(e.getValue()).columns())));
            downloads.removeAll();
            if (exports.containsKey(e.getValue())) {
                downloads.add(downloadLink(e.getValue(), SheetWriter.Format.XLSX), downloadLink(e.getValue(), SheetWriter.Format.CSV));
            }
            reset();
        });
        kind.setValue("products");

        UI ui = UI.getCurrent();
        // The upload handler runs without the session lock: check the sheet first, then update the page under it.
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            var checked = check(kinds.get(selectedKind), metadata.fileName(), bytes);
            ui.access(() -> show(metadata.fileName(), checked));
        }));
        // One sheet at a time: a corrected sheet replaces the previous one.
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.setId("import-upload");
        dev.feira.tenancy.ui.UploadTexts.translated(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addFileRejectedListener(e -> {
            summary.setText(getTranslation("import.rejected", e.getFileName(), MAX_BYTES / 1024 / 1024));
            summary.getElement().setAttribute("data-state", "rejected");
        });

        summary.setId("import-summary");
        problems.setId("import-problems");
        problems.addColumn(SheetProblem::line).setHeader(getTranslation("import.problem.line")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.column() == null ? "" : p.column()).setHeader(getTranslation("import.problem.column"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.text(getLocale())).setHeader(getTranslation("import.problem.message")).setFlexGrow(1);
        problems.setHeight("18em");
        apply.setId("import-apply");
        apply.setText(getTranslation("import.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> applyInBackground(tenant));
        progress.setId("import-progress");
        result.setId("import-result");
        reset();
        downloads.setId("import-downloads");
        rowsToFix.setId("import-rows-to-fix");
        rowsToFix.setText(getTranslation("import.rows-to-fix"));
        add(new H2(getTranslation("nav.import")), new Paragraph(getTranslation("import.intro")), kind, columns, downloads, upload,
                summary, problems, rowsToFix, apply, progress, result);
    }

    /** The current data of this kind, in the columns the import reads: edit it and upload it again. */
    private Anchor downloadLink(String kind, SheetWriter.Format format) {
        SheetExport export = exports.get(kind);
        String slug = tenants.current().map(t -> t.slug()).orElse("feira");
        // A CSV for Excel in Portuguese: semicolons and decimal commas, or it opens as one column of text.
        boolean brazilian = "pt".equals(getLocale().getLanguage());
        var link = new Anchor((DownloadEvent event) -> {
            event.setFileName(slug + "-" + format.fileName(kind));
            event.getResponse().setContentType(format.contentType());
            try (var out = event.getOutputStream()) {
                SheetWriter.write(export, format, brazilian, out);
            }
        }, getTranslation("import.download", format.name()));
        link.addClassName("download-" + format.name().toLowerCase(java.util.Locale.ROOT));
        return link;
    }

    /** The refused rows as uploaded, each with its problem, in the same format: fixed there, uploaded again. */
    private void offerRowsToFix(Sheet sheet, List<SheetProblem> found) {
        if (sheet == null || found.stream().noneMatch(p -> p.line() > 1)) {
            return;
        }
        var locale = getLocale();
        var export = sheet.rowsToFix(found, locale, getTranslation("import.rows-to-fix.column"));
        boolean excel = sheet.source().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
        var format = excel ? SheetWriter.Format.XLSX : SheetWriter.Format.CSV;
        String fileName = export.kind() + "-" + getTranslation("import.rows-to-fix.suffix") + "." + format.extension();
        rowsToFix.setHref((DownloadEvent event) -> {
            event.setFileName(fileName);
            event.getResponse().setContentType(format.contentType());
            try (var out = event.getOutputStream()) {
                SheetWriter.write(export, format, sheet.brazilian(), out);
            }
        });
        rowsToFix.getElement().setAttribute("download", true);
        rowsToFix.setVisible(true);
    }

    private void reset() {
        uploaded = null;
        summary.setText("");
        summary.getElement().removeAttribute("data-state");
        problems.setItems(List.of());
        problems.setVisible(false);
        rowsToFix.setVisible(false);
        apply.setEnabled(false);
        progress.setVisible(false);
        result.setText("");
    }

    /** A read and checked upload: the sheet and its preview, or why it could not be read. */
    private record Checked(Sheet sheet, SheetImport.Preview preview, String unreadable) {
    }

    /** Runs on the upload request: reads and checks the sheet, writes nothing. */
    private static Checked check(SheetImport sheetImport, String fileName, byte[] bytes) {
        try {
            Sheet sheet = Sheet.read(fileName, new ByteArrayInputStream(bytes)).understood(sheetImport.columns());
            try {
                return new Checked(sheet, sheetImport.check(sheet), null);
            } catch (InvalidSheet e) {
                return new Checked(sheet, new SheetImport.Preview(sheet.size(), e.problems(), 0), null);
            }
        } catch (IOException e) {
            return new Checked(null, null, e.getMessage());
        }
    }

    private void show(String fileName, Checked checked) {
        reset();
        if (checked.unreadable() != null) {
            summary.setText(getTranslation("import.unreadable", fileName, checked.unreadable()));
            return;
        }
        uploaded = checked.sheet();
        var preview = checked.preview();
        if (preview.applicable()) {
            summary.setText(getTranslation("import.ready", fileName, preview.rows(), preview.changes()));
            summary.getElement().setAttribute("data-state", "ready");
            apply.setEnabled(preview.changes() > 0);
        } else {
            summary.setText(getTranslation("import.problems", fileName, preview.problems().size()));
            summary.getElement().setAttribute("data-state", "problems");
            problems.setItems(preview.problems());
            problems.setVisible(true);
            offerRowsToFix(checked.sheet(), preview.problems());
            uploaded = null;
        }
    }

    /** Applies in a background thread bound to the tenant; progress and the outcome are pushed. */
    private void applyInBackground(TenantId tenant) {
        Sheet sheet = uploaded;
        SheetImport sheetImport = kinds.get(kind.getValue());
        if (sheet == null) {
            return;
        }
        UI ui = UI.getCurrent();
        apply.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        // The person who clicked applies it: the import service checks its caller, in this thread too.
        Thread.ofVirtual().name("import-" + sheetImport.kind()).start(new DelegatingSecurityContextRunnable(() -> {
            try {
                var applied = TenantContext.callAs(tenant, () -> sheetImport.apply(sheet,
                        percent -> ui.access(() -> progress.setValue(percent))));
                ui.access(() -> {
                    progress.setValue(100);
                    result.setText(getTranslation("import.applied", applied.rows(), applied.changed()));
                    uploaded = null;
                });
            } catch (InvalidSheet e) {
                ui.access(() -> {
                    result.setText(getTranslation("import.problems", sheet.source(), e.problems().size()));
                    problems.setItems(e.problems());
                    problems.setVisible(true);
                });
            } catch (RuntimeException e) {
                ui.access(() -> result.setText(getTranslation("import.failed", e.getMessage())));
            }
        }));
    }
}
