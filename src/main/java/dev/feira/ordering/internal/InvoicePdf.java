package dev.feira.ordering.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import com.ibm.icu.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.ordering.InvoiceDocuments;
import dev.feira.ordering.PlacedOrder;
import dev.feira.shared.Money;
import dev.feira.tenancy.TenantDirectory;

/**
 * Renders invoices with OpenPDF: the supplier's name in its brand colour, the buyer, the accepted
 * lines, the total and each instalment's due date. Texts come from the portal's translations.
 */
@Component
class InvoicePdf implements InvoiceDocuments {

    private static final ZoneId SUPPLIER_ZONE = ZoneId.of("America/Sao_Paulo");

    private final TenantDirectory tenants;
    private final BuyerAccountDirectory accounts;

    InvoicePdf(TenantDirectory tenants, BuyerAccountDirectory accounts) {
        this.tenants = tenants;
        this.accounts = accounts;
    }

    @Override
    public byte[] pdf(PlacedOrder order, Locale locale) {
        var invoice = order.invoice().orElseThrow(() -> new IllegalArgumentException("Order " + order.number() + " has no invoice yet"));
        var supplier = tenants.current().orElseThrow();
        var buyer = accounts.byId(order.buyerAccount()).orElseThrow();
        var texts = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Color brand = Color.decode(supplier.primaryColor() == null ? "#1f5fae" : supplier.primaryColor());

        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(text(texts, "invoice.title", invoice.number()));
        document.addAuthor(supplier.name());
        document.open();
        document.add(new Paragraph(supplier.name(), new Font(Font.HELVETICA, 20, Font.BOLD, brand)));
        document.add(new Paragraph(text(texts, "invoice.title", invoice.number()), new Font(Font.HELVETICA, 14, Font.BOLD)));
        var small = new Font(Font.HELVETICA, 10);
        document.add(new Paragraph(text(texts, "invoice.issued", dates.format(invoice.issuedAt().atZone(SUPPLIER_ZONE))), small));
        document.add(new Paragraph(text(texts, "invoice.order", order.number()), small));
        // Both parties as their accounts payable and receivable file them: names, CNPJ, addresses.
        tenants.legalEntity(supplier.id()).ifPresent(company -> document.add(new Paragraph(text(texts, "invoice.supplier",
                company.legalName(), dev.feira.shared.Cnpj.formatted(company.cnpj()), company.street() + " – " + company.city() + "/"
                        + company.state() + " – CEP " + company.postalCode()), small)));
        document.add(new Paragraph(text(texts, "invoice.buyer", buyer.buyerCompanyName(), buyer.accountNumber(),
                buyer.buyerCompanyTaxId() == null ? "—" : buyer.buyerCompanyTaxId()), small));
        order.purchase().shipTo().ifPresent(to -> document.add(new Paragraph(text(texts, "invoice.ship-to", to.label(), to.address(),
                to.taxId()), small)));
        order.purchase().buyerPoNumber().ifPresent(po -> document.add(new Paragraph(text(texts, "invoice.po-number", po), small)));
        document.add(new Paragraph(" "));

        var lines = new PdfPTable(new float[]{2, 5, 1.4f, 2, 2});
        lines.setWidthPercentage(100);
        var head = new Font(Font.HELVETICA, 9, Font.BOLD, Color.WHITE);
        for (String key : new String[]{"product.sku", "product.name", "quick-order.quantity", "product.price", "quick-order.line-total"}) {
            var cell = new PdfPCell(new Phrase(texts.getString(key), head));
            cell.setBackgroundColor(brand);
            lines.addCell(cell);
        }
        var body = new Font(Font.HELVETICA, 9);
        for (var line : order.lines()) {
            if (!line.accepted()) {
                continue; // declined lines were neither delivered nor billed
            }
            lines.addCell(new Phrase(line.sku(), body));
            lines.addCell(new Phrase(line.name(), body));
            lines.addCell(right(line.ordered().text(locale), body));
            lines.addCell(right(line.unitPrice().format(locale), body));
            lines.addCell(right(line.total().format(locale), body));
        }
        var taxes = order.taxes();
        var sums = new StringBuilder(text(texts, "taxes.goods") + ": " + order.total().format(locale));
        if (taxes.ipi().amount().signum() > 0) {
            sums.append("   IPI: ").append(taxes.ipi().format(locale));
        }
        if (taxes.icmsSt().amount().signum() > 0) {
            sums.append("   ICMS-ST: ").append(taxes.icmsSt().format(locale));
        }
        var goods = new PdfPCell(new Phrase(sums.toString(), body));
        goods.setColspan(5);
        goods.setHorizontalAlignment(Element.ALIGN_RIGHT);
        lines.addCell(goods);
        var total = new PdfPCell(new Phrase(text(texts, "invoice.total", order.payable().format(locale)), new Font(Font.HELVETICA, 11, Font.BOLD)));
        total.setColspan(5);
        total.setHorizontalAlignment(Element.ALIGN_RIGHT);
        lines.addCell(total);
        document.add(lines);

        document.add(new Paragraph(" "));
        taxes.originState().ifPresent(origin -> document.add(new Paragraph(text(texts, "taxes.icms.included.order",
                taxes.icms().format(locale), origin, taxes.destinationState().orElse(origin)), small)));
        document.add(new Paragraph(text(texts, "taxes.why.scope"), small));
        document.add(new Paragraph(text(texts, "invoice.terms", order.paymentTerms()), small));
        int count = invoice.dueDates().size();
        // Equal instalments in cents; the last one takes what rounding left over.
        var share = order.payable().amount().divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
        var last = order.payable().amount().subtract(share.multiply(BigDecimal.valueOf(count - 1)));
        for (int i = 0; i < count; i++) {
            var amount = new Money(i == count - 1 ? last : share, order.total().currency());
            document.add(new Paragraph(text(texts, "invoice.instalment", i + 1, dates.format(invoice.dueDates().get(i)), amount.format(locale)),
                    small));
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell right(String text, Font font) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static String text(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }
}
