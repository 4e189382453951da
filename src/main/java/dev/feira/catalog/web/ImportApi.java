package dev.feira.catalog.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.feira.identity.ForSupplierStaff;
import dev.feira.identity.CatalogAccess;
import dev.feira.shared.sheet.InvalidSheet;
import dev.feira.shared.sheet.Sheet;
import dev.feira.shared.sheet.SheetImport;
import dev.feira.shared.sheet.SheetProblem;
import dev.feira.shared.web.ApiProblem;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * Spreadsheet feeds from a supplier's ERP: products, prices or stock as CSV or XLSX, checked whole
 * and applied all or nothing. With {@code dryRun=true} nothing is written: the answer is the preview.
 */
@RestController
@ForSupplierStaff
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports")
class ImportApi {

    /** Larger uploads are refused before they are read (see spring.servlet.multipart for forms). */
    static final long MAX_BYTES = 32L * 1024 * 1024;
    static final int MAX_PROBLEMS_SHOWN = 1000;

    private final Map<String, SheetImport> kinds;

    ImportApi(List<SheetImport> kinds) {
        this.kinds = kinds.stream().collect(Collectors.toMap(SheetImport::kind, Function.identity()));
    }

    record ImportResult(String kind, boolean dryRun, int rows, int changes) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a sheet uploaded as a form (field 'file')",
            description = "Supplier tokens only, on the supplier's own host. kind: products, prices or stock. "
                    + "A file with any bad row is refused whole (422, every problem with line and column); re-importing "
                    + "an applied file changes nothing.")
    ImportResult importForm(@Parameter(description = "products, prices or stock") @RequestParam String kind,
                            @RequestParam(defaultValue = "false") boolean dryRun,
                            @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream input = file.getInputStream()) {
            return run(kind, dryRun, file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), input);
        }
    }

    @PostMapping(consumes = {"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import a sheet sent as the request body (CSV or XLSX)")
    ImportResult importBody(@RequestParam String kind, @RequestParam(defaultValue = "false") boolean dryRun,
                            HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream input = request.getInputStream()) {
            byte[] content = input.readNBytes((int) MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw tooLarge();
            }
            return run(kind, dryRun, kind + " sheet", new java.io.ByteArrayInputStream(content));
        }
    }

    private ImportResult run(String kind, boolean dryRun, String source, InputStream input) throws IOException {
        SheetImport sheetImport = kinds.get(kind);
        if (sheetImport == null) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "kind must be one of " + kinds.keySet().stream().sorted().toList());
        }
        Sheet sheet = Sheet.read(source, input).understood(sheetImport.columns());
        try {
            if (dryRun) {
                var preview = sheetImport.check(sheet);
                if (!preview.applicable()) {
                    throw rejected(sheet.source(), preview.problems());
                }
                return new ImportResult(kind, true, preview.rows(), preview.changes());
            }
            var applied = sheetImport.apply(sheet, percent -> { });
            return new ImportResult(kind, false, applied.rows(), applied.changed());
        } catch (InvalidSheet e) {
            throw rejected(e.source(), e.problems());
        }
    }

    /** Each problem's {@code message} in the caller's language (Accept-Language), its {@code code} for programs. */
    private static ErrorResponseException rejected(String source, List<SheetProblem> problems) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, dev.feira.shared.i18n.Translations.textOr(
                locale, source + ": " + problems.size() + " problem(s); nothing was applied.", "import.api.rejected", source, problems.size()));
        detail.setProperty("problems", problems.stream().limit(MAX_PROBLEMS_SHOWN).map(p -> new ShownProblem(p.line(), p.column(),
                p.text(locale), p.key())).toList());
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, detail, null);
    }

    /** A problem as the API shows it: {@code code} is the translation key, when the problem has one. */
    record ShownProblem(long line, String column, String message, String code) {
    }

    private static ErrorResponseException tooLarge() {
        return ApiProblem.of(HttpStatus.CONTENT_TOO_LARGE, "The file is larger than " + MAX_BYTES / 1024 / 1024
                + " MB. Split it, or send stock and prices as separate sheets.");
    }
}
