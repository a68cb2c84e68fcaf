package dev.minisuite.film.importing;

import java.util.List;

/**
 * The result of one import. Every input row is counted exactly once:
 * {@code received = inserted + updated + unchanged + rejected.size()}.
 *
 * @param rejected the rows that were not written, in input order
 */
record ImportReport(int received, int inserted, int updated, int unchanged, List<RejectedRow> rejected) {

    ImportReport {
        rejected = List.copyOf(rejected);
        if (received != inserted + updated + unchanged + rejected.size()) {
            throw new IllegalStateException("The import report lost rows: received " + received + ", but inserted "
                    + inserted + ", updated " + updated + ", unchanged " + unchanged + " and rejected " + rejected.size());
        }
    }

    /**
     * A row that was not written.
     *
     * @param row the row's 0-based index in the input array
     * @param reason why the row was rejected
     */
    record RejectedRow(int row, String reason) {
    }
}
