package dev.minisuite.film.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.minisuite.film.catalog.FilmBatchWriter;
import dev.minisuite.film.catalog.FilmDetails;
import dev.minisuite.film.catalog.FilmDraft;
import dev.minisuite.film.catalog.FilmKey;
import dev.minisuite.film.importing.ImportReport.RejectedRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Imports an array of rows in the Vega movies format, keyed by (film_name, release_date). A new key is inserted,
 * a known key with other details is updated, and a known key with the same details is left unchanged. Running the
 * same import twice therefore writes nothing the second time. A row whose key appeared in an earlier row of the
 * same input is rejected as a duplicate. Rows are written in batches of {@value #BATCH_SIZE}.
 */
@Service
class FilmImporter {

    static final int BATCH_SIZE = 500;

    /**
     * The largest film year an import accepts. Imports keep the release dates of their source as they are. The Vega
     * movies file dates some films a century late (a 1939 film as 2039, the latest as 2046), so the API's limit of
     * ten years ahead would reject real rows. The year must still fit the four digits of the date format.
     */
    static final int LATEST_IMPORTED_YEAR = 9999;

    private static final Logger log = LoggerFactory.getLogger(FilmImporter.class);

    private final FilmBatchWriter writer;

    FilmImporter(FilmBatchWriter writer) {
        this.writer = writer;
    }

    /**
     * Imports every row of {@code rows}, which must be a JSON array.
     *
     * @param source where the rows came from, for the log line: a request id or a file path
     */
    ImportReport importRows(JsonNode rows, String source) {
        if (!rows.isArray()) {
            throw new IllegalArgumentException("The film import must be a JSON array of film objects");
        }
        long started = System.nanoTime();
        List<RejectedRow> rejected = new ArrayList<>();
        List<FilmDetails> batch = new ArrayList<>(BATCH_SIZE);
        List<Integer> batchRows = new ArrayList<>(BATCH_SIZE);
        Map<FilmKey, Integer> firstRowOfKey = new HashMap<>();
        int[] counts = new int[FilmBatchWriter.Outcome.values().length];

        for (int row = 0; row < rows.size(); row++) {
            FilmDetails details;
            try {
                FilmDraft.Validation validation = VegaMovieMapper.map(rows.get(row)).validate(LATEST_IMPORTED_YEAR);
                if (validation.details() == null) {
                    rejected.add(new RejectedRow(row, VegaMovieMapper.reason(validation.problems())));
                    continue;
                }
                details = validation.details();
            }
            catch (VegaMovieMapper.RowRejectedException ex) {
                rejected.add(new RejectedRow(row, ex.getMessage()));
                continue;
            }
            Integer firstRow = firstRowOfKey.putIfAbsent(details.key(), row);
            if (firstRow != null) {
                rejected.add(new RejectedRow(row, "duplicates row " + firstRow
                        + ", which has the same Title and Release Date"));
                continue;
            }
            batch.add(details);
            batchRows.add(row);
            if (batch.size() == BATCH_SIZE) {
                writeBatch(batch, batchRows, counts, rejected);
            }
        }
        writeBatch(batch, batchRows, counts, rejected);

        rejected.sort(Comparator.comparingInt(RejectedRow::row));
        ImportReport report = new ImportReport(rows.size(), counts[FilmBatchWriter.Outcome.INSERTED.ordinal()],
                counts[FilmBatchWriter.Outcome.UPDATED.ordinal()], counts[FilmBatchWriter.Outcome.UNCHANGED.ordinal()],
                List.copyOf(rejected));
        log.info("Imported films from {}: received={} inserted={} updated={} unchanged={} rejected={} in {} ms",
                source, report.received(), report.inserted(), report.updated(), report.unchanged(),
                report.rejected().size(), (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    private void writeBatch(List<FilmDetails> batch, List<Integer> batchRows, int[] counts,
            List<RejectedRow> rejected) {
        if (batch.isEmpty()) {
            return;
        }
        List<FilmBatchWriter.Outcome> outcomes = writer.write(batch);
        for (int i = 0; i < outcomes.size(); i++) {
            FilmBatchWriter.Outcome outcome = outcomes.get(i);
            if (outcome == FilmBatchWriter.Outcome.CONFLICT) {
                rejected.add(new RejectedRow(batchRows.get(i), "another request wrote a film with the same Title "
                        + "and Release Date during this import; run the import again to apply this row"));
            }
            else {
                counts[outcome.ordinal()]++;
            }
        }
        batch.clear();
        batchRows.clear();
    }
}
