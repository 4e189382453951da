package dev.feira.rfq.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.tika.Tika;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.rfq.RfqAttachment;
import dev.feira.rfq.RfqRefusal;

/**
 * The files attached to RFQs, kept with the buyer's company (its key and its lock). What a file is comes from its
 * content (Apache Tika's magic numbers): PDFs and pictures only, 10 MB each, 10 per RFQ. Callers decide who may
 * read: the buyer's side directly, a supplier through its invitation ({@link #forSupplier}).
 */
@Component
class AttachmentShelf {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_FILES = 10;
    private static final Set<String> ACCEPTED = Set.of("application/pdf", "image/png", "image/jpeg", "image/webp");

    private final JdbcClient sql;
    private final CompanyBinding company;
    private final TransactionTemplate ownTransaction;
    private final Tika tika = new Tika();

    AttachmentShelf(JdbcClient sql, CompanyBinding company, PlatformTransactionManager transactions) {
        this.sql = sql;
        this.company = company;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setReadOnly(true);
    }

    /** Within a transaction bound to the company. */
    RfqAttachment add(UUID buyerCompany, UUID rfq, String fileName, byte[] content, String uploadedBy, Instant at) {
        if (content == null || content.length == 0) {
            throw new RfqRefusal("attachment-empty", "The file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RfqRefusal("attachment-too-big", "A file has at most " + MAX_BYTES / (1024 * 1024) + " MB", MAX_BYTES / (1024 * 1024));
        }
        String type = tika.detect(content);
        if (!ACCEPTED.contains(type)) {
            throw new RfqRefusal("attachment-type", "Attach PDFs or pictures (PNG, JPEG, WebP); this file is " + type, type);
        }
        int count = sql.sql("select count(*) from rfq_attachment where rfq_id = :rfq and buyer_company_id = :company")
                .param("rfq", rfq).param("company", buyerCompany).query(Integer.class).single();
        if (count >= MAX_FILES) {
            throw new RfqRefusal("attachment-too-many", "An RFQ has at most " + MAX_FILES + " files", MAX_FILES);
        }
        String name = cleanName(fileName, type);
        var attachment = new RfqAttachment(UUID.randomUUID(), name, type, content.length, uploadedBy, at);
        sql.sql("""
                        insert into rfq_attachment (id, buyer_company_id, rfq_id, file_name, content_type, size, content, uploaded_by, uploaded_at)
                        values (:id, :company, :rfq, :name, :type, :size, :content, :by, :at)""")
                .param("id", attachment.id()).param("company", buyerCompany).param("rfq", rfq).param("name", name).param("type", type)
                .param("size", content.length).param("content", content).param("by", uploadedBy).param("at", java.sql.Timestamp.from(at))
                .update();
        return attachment;
    }

    /** Within a transaction bound to the company. */
    List<RfqAttachment> of(UUID buyerCompany, UUID rfq) {
        return sql.sql("""
                        select id, file_name, content_type, size, uploaded_by, uploaded_at from rfq_attachment
                        where rfq_id = :rfq and buyer_company_id = :company order by uploaded_at, file_name""")
                .param("rfq", rfq).param("company", buyerCompany)
                .query((rs, n) -> new RfqAttachment(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getInt("size"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** Within a transaction bound to the company. */
    Optional<RfqAttachment.Content> content(UUID buyerCompany, UUID rfq, UUID attachment) {
        return sql.sql("select file_name, content_type, content from rfq_attachment where id = :id and rfq_id = :rfq and buyer_company_id = :company")
                .param("id", attachment).param("rfq", rfq).param("company", buyerCompany)
                .query((rs, n) -> new RfqAttachment.Content(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /** Within a transaction bound to the company. @return whether there was such a file */
    boolean remove(UUID buyerCompany, UUID rfq, UUID attachment) {
        return sql.sql("delete from rfq_attachment where id = :id and rfq_id = :rfq and buyer_company_id = :company")
                .param("id", attachment).param("rfq", rfq).param("company", buyerCompany).update() > 0;
    }

    /**
     * What the supplier invited to the RFQ reads: in a transaction of its own bound to the buyer's company (the
     * caller has checked the invitation within the supplier's tenant).
     */
    <T> T forSupplier(UUID buyerCompany, java.util.function.Supplier<T> read) {
        return ownTransaction.execute(status -> {
            company.bind(buyerCompany);
            return read.get();
        });
    }

    /** A file's name as shown and downloaded: no path, no control characters, the extension its content has. */
    static String cleanName(String fileName, String type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > 150) {
            name = name.substring(name.length() - 150);
        }
        String extension = switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> ".webp";
        };
        if (name.isBlank()) {
            name = "attachment";
        }
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) || (extension.equals(".jpg") && name.toLowerCase(java.util.Locale.ROOT)
                .endsWith(".jpeg")) ? name : name + extension;
    }
}
