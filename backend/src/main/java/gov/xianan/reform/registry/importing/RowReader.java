package gov.xianan.reform.registry.importing;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import gov.xianan.reform.registry.importing.ImportJob.FileFormat;

/**
 * Streams the rows of an uploaded CSV (Commons CSV) or XLSX (POI's SAX event API) file, one at a
 * time: the rows are never all held as objects at once (the upload's bytes are, up to 50 MB). Row numbers are 1-based as the user
 * sees them in Excel (the header is row 1).
 */
public final class RowReader {

    /** Receives each row's cells (by column index) with its row number. */
    @FunctionalInterface
    public interface RowHandler {
        void row(int rowNumber, List<String> cells) throws Exception;
    }

    /** Thrown by a handler to stop reading early (e.g. after the header). */
    public static final class Stop extends RuntimeException {
        public Stop() {
            super(null, null, false, false);
        }
    }

    private RowReader() {
    }

    /** Reads an upload held in memory (an import's input as stored in its job row: no file on any server's disk). */
    public static void read(byte[] content, FileFormat format, RowHandler handler) throws Exception {
        try {
            if (format == FileFormat.CSV) {
                readCsv(new ByteArrayInputStream(content), handler);
            } else {
                OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
                try {
                    readXlsx(pkg, handler);
                } finally {
                    pkg.revert(); // closes without writing back (the package was opened from memory)
                }
            }
        } catch (Stop stop) {
            // the handler had what it needed
        }
    }

    private static void readCsv(InputStream in, RowHandler handler) throws Exception {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset(); // no byte-order mark
            }
            try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
                int rowNumber = 0;
                for (CSVRecord record : parser) {
                    rowNumber++;
                    handler.row(rowNumber, record.toList());
                }
            }
        }
    }

    private static void readXlsx(OPCPackage pkg, RowHandler handler) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
        StylesTable styles = reader.getStylesTable();
        try (InputStream sheet = reader.getSheetsData().next()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new XSSFSheetXMLHandler.SheetContentsHandler() {
                private List<String> cells = new ArrayList<>();

                @Override
                public void startRow(int rowNum) {
                    cells = new ArrayList<>();
                }

                @Override
                public void endRow(int rowNum) {
                    if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                        try {
                            handler.row(rowNum + 1, cells);
                        } catch (Stop | IllegalStateException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }

                @Override
                public void cell(String ref, String value, XSSFComment comment) {
                    int col = new CellReference(ref).getCol();
                    while (cells.size() <= col) {
                        cells.add("");
                    }
                    cells.set(col, value == null ? "" : value.strip());
                }
            }, new DataFormatter(), false));
            parser.parse(new InputSource(sheet));
        }
    }
}
