package dev.feira.rfq.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import com.ibm.icu.text.MessageFormat;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import dev.feira.rfq.BuyerRfq;
import dev.feira.rfq.QuoteRevision;
import dev.feira.rfq.RfqComparison;
import dev.feira.shared.sheet.SheetWriter;

/**
 * The RFQ's papers: the comparison as a workbook the buyer can sum, filter and attach to an approval (numbers as
 * numbers, every supplier's price, landed cost and lead time per line, the best marked), and one supplier's quote as a
 * PDF in its colours — what a buyer files and a rep sends on. Texts come from the reader's translations.
 */
final class QuoteDocuments {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    /** One line asked, as both sides know it. */
    record Asked(UUID lineId, int position, String description, int quantity, String unit) {
    }

    /** Whose quote it is and to whom: the letterhead of the PDF. */
    record Letterhead(String supplierName, String brandColour, String buyerName, String rfqNumber, String title) {
    }

    private final ResourceBundle texts;
    private final Locale locale;

    private QuoteDocuments(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
    }

    static byte[] comparisonWorkbook(BuyerRfq rfq, RfqComparison comparison, Locale locale) {
        var out = new ByteArrayOutputStream();
        try {
            new QuoteDocuments(locale).writeComparison(rfq, comparison, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] quotePdf(Letterhead letterhead, List<Asked> asked, QuoteRevision quote, Locale locale) {
        return new QuoteDocuments(locale).writeQuote(letterhead, asked, quote);
    }

    private void writeComparison(BuyerRfq rfq, RfqComparison comparison, ByteArrayOutputStream out) throws IOException {
        var workbook = new Workbook(out, "Feira", "1.0");
        var matrix = workbook.newWorksheet(SheetWriter.inert(text("rfq.sheet.matrix")));
        var suppliers = comparison.totals();
        int column = 0;
        for (String heading : List.of("rfq.sheet.position", "rfq.line.description", "rfq.line.quantity", "rfq.line.unit", "rfq.line.target")) {
            header(matrix, 0, column++, text(heading));
        }
        // Per supplier four columns: its price, its landed cost, its lead time and what it offers instead or in part.
        for (var supplier : suppliers) {
            for (String heading : List.of("rfq.sheet.price", "rfq.sheet.landed", "rfq.sheet.lead-time", "rfq.sheet.remarks")) {
                header(matrix, 0, column++, supplier.supplierName() + " — " + text(heading));
            }
        }
        header(matrix, 0, column, text("rfq.sheet.best"));
        int row = 1;
        for (var line : comparison.rows()) {
            final int r = row;
            var asked = line.line();
            matrix.value(row, 0, asked.position());
            matrix.value(row, 1, SheetWriter.inert(asked.description()));
            matrix.value(row, 2, asked.quantity());
            matrix.value(row, 3, SheetWriter.inert(asked.unit()));
            if (asked.targetPrice() != null) {
                matrix.value(row, 4, asked.targetPrice());
            }
            column = 5;
            for (var supplier : suppliers) {
                var offer = line.offers().stream().filter(o -> o.supplier().equals(supplier.supplier())).findFirst();
                if (offer.isPresent()) {
                    var o = offer.get();
                    matrix.value(row, column, o.cost().unitPrice());
                    matrix.value(row, column + 1, o.cost().landed());
                    int leadTimeColumn = column + 2;
                    o.quoted().leadTimeDays().ifPresent(days -> matrix.value(r, leadTimeColumn, days));
                    matrix.value(row, column + 3, SheetWriter.inert(remarks(asked, o.quoted())));
                    if (o.best()) {
                        matrix.style(row, column + 1).bold().fillColor("E2F0D9").set();
                    }
                } else {
                    matrix.value(row, column + 3, text("rfq.compare.not-quoted"));
                }
                column += 4;
            }
            int bestColumn = column;
            line.best().flatMap(best -> suppliers.stream().filter(s -> s.supplier().equals(best.supplier())).findFirst())
                    .ifPresent(best -> matrix.value(r, bestColumn, SheetWriter.inert(best.supplierName())));
            row++;
        }

        var totals = workbook.newWorksheet(SheetWriter.inert(text("rfq.sheet.totals")));
        column = 0;
        for (String heading : List.of("rfq.supplier", "rfq.sheet.quoted-total", "rfq.sheet.landed-total", "quote.payment-terms", "quote.freight",
                "quote.freight-value", "quote.valid-until", "rfq.sheet.revision")) {
            header(totals, 0, column++, text(heading));
        }
        row = 1;
        for (var total : suppliers) {
            var quote = total.quote();
            totals.value(row, 0, SheetWriter.inert(total.supplierName()));
            totals.value(row, 1, total.quoted());
            totals.value(row, 2, total.landed());
            totals.value(row, 3, SheetWriter.inert(quote.paymentTerms()));
            totals.value(row, 4, quote.freight().name());
            totals.value(row, 5, quote.freightValue() == null ? BigDecimal.ZERO : quote.freightValue());
            totals.value(row, 6, quote.validUntil().toString());
            totals.value(row, 7, quote.revision());
            row++;
        }
        totals.value(row + 1, 0, text("rfq.sheet.cost-of-capital"));
        totals.value(row + 1, 1, comparison.costOfCapital());
        totals.value(row + 2, 0, SheetWriter.inert(rfq.number() + " — " + rfq.title()));
        workbook.finish();
    }

    private String remarks(BuyerRfq.Line asked, QuoteRevision.Line quoted) {
        var remarks = new StringBuilder();
        quoted.quantity().filter(q -> q < asked.quantity()).ifPresent(q -> remarks.append(text("rfq.compare.partial", q)).append("; "));
        quoted.minLot().ifPresent(lot -> remarks.append(text("rfq.compare.min-lot", lot)).append("; "));
        if (quoted.alternativeSku() != null) {
            remarks.append(text("rfq.compare.alternative", quoted.alternativeSku(), quoted.alternativeName() == null ? "" : quoted.alternativeName()))
                    .append("; ");
        }
        if (quoted.note() != null && !quoted.note().isBlank()) {
            remarks.append(quoted.note());
        }
        return remarks.toString().replaceAll("; $", "");
    }

    private static void header(Worksheet sheet, int row, int column, String text) {
        sheet.value(row, column, SheetWriter.inert(text));
        sheet.style(row, column).bold().set();
    }

    private byte[] writeQuote(Letterhead letterhead, List<Asked> asked, QuoteRevision quote) {
        var money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance(quote.currency()));
        var unitMoney = (NumberFormat) money.clone();
        unitMoney.setMaximumFractionDigits(4);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Color brand = Color.decode(letterhead.brandColour() == null ? "#1f5fae" : letterhead.brandColour());

        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        String title = text("rfq.pdf.title", letterhead.rfqNumber(), quote.revision());
        document.addTitle(title);
        document.addAuthor(letterhead.supplierName());
        document.open();
        document.add(new Paragraph(letterhead.supplierName(), new Font(Font.HELVETICA, 20, Font.BOLD, brand)));
        document.add(new Paragraph(title, new Font(Font.HELVETICA, 14, Font.BOLD)));
        var small = new Font(Font.HELVETICA, 10);
        document.add(new Paragraph(letterhead.title(), small));
        document.add(new Paragraph(text("rfq.pdf.to", letterhead.buyerName()), small));
        document.add(new Paragraph(text("rfq.pdf.submitted", dates.format(quote.submittedAt().atZone(SAO_PAULO)), quote.submittedBy()), small));
        document.add(new Paragraph(" "));

        var table = new PdfPTable(new float[]{0.6f, 5, 1.6f, 2, 1.4f, 2.2f});
        table.setWidthPercentage(100);
        var head = new Font(Font.HELVETICA, 9, Font.BOLD, Color.WHITE);
        for (String key : new String[]{"rfq.sheet.position", "rfq.line.description", "rfq.line.quantity", "quote.unit-price", "quote.lead-time",
                "rfq.pdf.line-total"}) {
            var cell = new PdfPCell(new Phrase(text(key), head));
            cell.setBackgroundColor(brand);
            table.addCell(cell);
        }
        var body = new Font(Font.HELVETICA, 9);
        BigDecimal total = BigDecimal.ZERO;
        for (var line : asked) {
            var quoted = quote.lines().stream().filter(l -> l.lineId().equals(line.lineId())).findFirst();
            table.addCell(new Phrase(String.valueOf(line.position()), body));
            String description = line.description();
            if (quoted.map(QuoteRevision.Line::alternativeSku).isPresent()) {
                var alternative = quoted.orElseThrow();
                description += "\n" + text("rfq.compare.alternative", alternative.alternativeSku(),
                        alternative.alternativeName() == null ? "" : alternative.alternativeName());
            }
            if (quoted.map(QuoteRevision.Line::note).filter(n -> !n.isBlank()).isPresent()) {
                description += "\n" + quoted.orElseThrow().note();
            }
            table.addCell(new Phrase(description, body));
            if (quoted.filter(QuoteRevision.Line::quoted).isEmpty()) {
                var none = new PdfPCell(new Phrase(text("rfq.compare.not-quoted"), body));
                none.setColspan(4);
                table.addCell(none);
                continue;
            }
            var q = quoted.orElseThrow();
            int quantity = q.quantity().orElse(line.quantity());
            BigDecimal price = q.unitPrice().orElseThrow();
            BigDecimal lineTotal = price.multiply(BigDecimal.valueOf(quantity));
            total = total.add(lineTotal);
            table.addCell(right(quantity + " " + (q.unit() == null ? line.unit() : q.unit()), body));
            table.addCell(right(unitMoney.format(price), body));
            table.addCell(right(q.leadTimeDays().map(String::valueOf).orElse("—"), body));
            table.addCell(right(money.format(lineTotal), body));
        }
        BigDecimal freight = quote.freightValue() == null ? BigDecimal.ZERO : quote.freightValue();
        var totalCell = new PdfPCell(new Phrase(text("rfq.pdf.total", money.format(total), money.format(freight),
                text("rfq.compare.freight." + quote.freight().name())), new Font(Font.HELVETICA, 11, Font.BOLD)));
        totalCell.setColspan(6);
        totalCell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(totalCell);
        document.add(table);

        document.add(new Paragraph(" "));
        document.add(new Paragraph(text("quote.payment-terms") + ": " + quote.paymentTerms(), small));
        document.add(new Paragraph(text("quote.valid-until") + ": " + dates.format(quote.validUntil()), small));
        if (quote.notes() != null && !quote.notes().isBlank()) {
            document.add(new Paragraph(text("quote.notes") + ": " + quote.notes(), small));
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell right(String text, Font font) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** Texts with arguments are MessageFormat patterns (quotes doubled); texts without are written as they are. */
    private String text(String key, Object... arguments) {
        String pattern = texts.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
