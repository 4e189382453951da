package dev.feira.shared.sheet;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * One kind of spreadsheet a supplier uploads (products, prices, stock), implemented by the module
 * that owns the data. The import wizard and the imports API find every kind through this
 * interface, so they depend on no owning module. Both methods work on the current tenant.
 */
public interface SheetImport {

    /** A stable name, used in the API ({@code kind=products}) and the wizard. */
    String kind();

    /** The columns a file of this kind has, required ones first. */
    List<String> columns();

    List<String> requiredColumns();

    /** Checks every row against the tenant's data and writes nothing: the preview. */
    Preview check(Sheet sheet);

    /**
     * Applies the sheet in one transaction — all rows or none — reporting progress in percent.
     * Applying the same sheet again changes nothing.
     *
     * @throws InvalidSheet when a row is wrong (nothing is applied)
     */
    Applied apply(Sheet sheet, IntConsumer progress);

    /** What applying would do: rows read, their problems, and how many records would change. */
    record Preview(int rows, List<SheetProblem> problems, int changes) {

        public boolean applicable() {
            return problems.isEmpty();
        }
    }

    /** What applying did. */
    record Applied(int rows, int changed) {
    }
}
