package dev.feira.catalog.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ContentDisposition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.identity.ForSupplierStaff;
import dev.feira.identity.CatalogAccess;
import dev.feira.shared.sheet.SheetExport;
import dev.feira.shared.sheet.SheetWriter;
import dev.feira.shared.web.ApiProblem;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/** The supplier's own data as sheets, in the columns the imports read: download, edit, upload again. */
@RestController
@ForSupplierStaff
@RequestMapping("/api/v1/exports")
@Tag(name = "Imports")
class ExportApi {

    private final Map<String, SheetExport> kinds;
    private final TenantDirectory tenants;

    ExportApi(List<SheetExport> kinds, TenantDirectory tenants) {
        this.kinds = kinds.stream().collect(Collectors.toMap(SheetExport::kind, Function.identity()));
        this.tenants = tenants;
    }

    @GetMapping("/{kind}")
    @Operation(summary = "Download products, prices or stock as CSV or XLSX", description = "Supplier tokens only, on the supplier's "
            + "own host. XLSX types numbers as numbers. A CSV is comma-separated with decimal points unless locale=pt-BR asks for "
            + "it as Excel in Portuguese opens it: semicolons and decimal commas. Either imports again as it is.")
    void export(@PathVariable String kind, @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) @Parameter(description = "pt-BR: semicolons and decimal commas in a CSV") String locale,
            HttpServletResponse response) throws IOException {
        SheetExport export = kinds.get(kind);
        if (export == null) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "kind must be one of " + kinds.keySet().stream().sorted().toList());
        }
        SheetWriter.Format sheetFormat;
        try {
            sheetFormat = SheetWriter.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "format must be csv or xlsx");
        }
        response.setContentType(sheetFormat.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(tenants.current().orElseThrow().slug() + "-" + sheetFormat.fileName(kind)).build().toString());
        boolean brazilian = locale != null && Locale.forLanguageTag(locale).getLanguage().equals("pt");
        SheetWriter.write(export, sheetFormat, brazilian, response.getOutputStream());
    }
}
