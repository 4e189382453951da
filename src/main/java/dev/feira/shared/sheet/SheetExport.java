package dev.feira.shared.sheet;

import java.util.List;
import java.util.function.Consumer;

/**
 * One kind of sheet a supplier can download (products, prices, stock) — in the very columns its
 * import reads, so a downloaded sheet can be edited and uploaded again. Works on the current tenant.
 */
public interface SheetExport {

    String kind();

    List<String> columns();

    /** Hands every row, in the order of {@link #columns()}, to {@code row}. */
    void rows(Consumer<List<String>> row);
}
