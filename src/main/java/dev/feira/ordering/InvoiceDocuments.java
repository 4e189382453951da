package dev.feira.ordering;

import java.util.Locale;

/** Invoices as the PDF a buyer files and a supplier sends. */
public interface InvoiceDocuments {

    /**
     * The invoice of an invoiced order, in the reader's language, with the supplier's name and colour.
     *
     * @throws IllegalArgumentException when the order has no invoice yet
     */
    byte[] pdf(PlacedOrder order, Locale locale);
}
