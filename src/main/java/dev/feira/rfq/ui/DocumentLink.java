package dev.feira.rfq.ui;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.springframework.security.core.context.SecurityContextHolder;

import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;

/**
 * A link that downloads a paper the module writes (a workbook, a PDF). It is made when the document is asked for, as
 * the person on the page and within the portal they use, so the service checks that caller like any other request.
 */
class DocumentLink extends Anchor {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    DocumentLink(String id, String label, String fileName, String mediaType, Supplier<byte[]> document) {
        Optional<TenantId> portal = TenantContext.current();
        var caller = SecurityContextHolder.getContext();
        setHref(DownloadHandler.fromInputStream(download -> {
            var before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(caller);
            try {
                byte[] bytes = portal.map(tenant -> TenantContext.callAs(tenant, document)).orElseGet(document);
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mediaType, bytes.length);
            } finally {
                SecurityContextHolder.setContext(before);
            }
        }));
        setText(label);
        setId(id);
        getElement().setAttribute("download", true);
    }
}
