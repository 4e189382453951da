package dev.feira.shared.sheet;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One kind of sheet a supplier can download (products, prices, stock) — in the very columns its
 * import reads, so a downloaded sheet can be edited and uploaded again. Works on the current tenant.
 */
public interface SheetExport {

    String kind();

    List<String> columns();

    /**
     * The columns holding numbers ("12.50", "100"): typed as numbers in XLSX, and written with a decimal comma in a CSV
     * for Excel in Portuguese, which would otherwise read "1.250" as a thousand two hundred and fifty.
     */
    default Set<String> numberColumns() {
        return Set.of();
    }

    /** Hands every row, in the order of {@link #columns()}, to {@code row}. */
    void rows(Consumer<List<String>> row);
}
