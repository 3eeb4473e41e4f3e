package io.github.serviceculture.alignment.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a small CSV table row by row with jackson-dataformat-csv, the library that also writes the
 * tool's tables: an {@code --item-map} file, or a table of an earlier batch's output. Surveys are read
 * by {@link SurveyInput}. UTF-8 with or without a byte order mark, quoted fields (with separators,
 * quotes and line breaks inside), blank lines skipped. Each row carries the line it starts on. Bytes
 * that are not UTF-8 are read as {@link #INVALID_UTF8}, one per malformed sequence, so that the reader
 * can name the line ({@link #hasInvalidUtf8}). Malformed CSV (a quote that is never closed) ends the
 * read with a {@link Failure} naming the line.
 *
 * <p>Not thread-safe.
 */
final class CsvInput implements Closeable {
  private static final CsvMapper MAPPER = new CsvMapper();
  /**
   * What a malformed UTF-8 sequence is read as: a lone low surrogate, which no valid UTF-8 decodes to,
   * so that its presence in a cell means invalid input and nothing else (U+FFFD, the usual
   * replacement, may be in a valid file).
   */
  static final char INVALID_UTF8 = '\uDFFF';

  /** One data row: the line it starts on, counted from 1 with the header, and its fields. */
  record Row(long line, String[] fields) {}

  private final Path file;
  private final InputStream raw;
  private final JsonParser parser;
  private final List<String> header;
  /** The fields of the row being read; reused, so that it grows only on the first rows. */
  private final List<String> fields = new ArrayList<>();
  private long lastLine = 1;

  private CsvInput(Path file, InputStream raw, char separator) {
    this.file = file;
    this.raw = raw;
    try {
      InputStream in = skipBom(new BufferedInputStream(raw, 1 << 16));
      InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
          .replaceWith(String.valueOf(INVALID_UTF8)));
      this.parser = MAPPER.readerForArrayOf(String.class)
          .with(CsvParser.Feature.SKIP_EMPTY_LINES)
          .with(CsvSchema.emptySchema().withColumnSeparator(separator))
          .createParser(reader);
      Row first = next();
      if (first == null) {
        throw new Failure(file + ": the file is empty; expected a header row");
      }
      if (hasInvalidUtf8(first)) {
        throw new Failure(file + ": line " + first.line() + ", the header, holds bytes that are not valid UTF-8");
      }
      this.header = List.of(first.fields());
    } catch (IOException e) {
      closeQuietly();
      throw Inputs.unreadable(file, e);
    } catch (RuntimeException e) {
      closeQuietly();
      throw e;
    }
  }

  static CsvInput open(Path file, char separator) {
    return new CsvInput(file, Inputs.open(file), separator);
  }

  /** The file's name, for messages. */
  Path file() {
    return file;
  }

  List<String> header() {
    return header;
  }

  /**
   * Returns the next data row.
   *
   * @return the row, or null at the end of the file
   */
  Row next() {
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      long line = -1;
      fields.clear();
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw new Failure(file + ": the CSV ends inside a row");
        }
        if (line < 0) {
          line = parser.currentTokenLocation().getLineNr();
        }
        fields.add(parser.getText());
      }
      lastLine = Math.max(lastLine, line);
      return new Row(line, fields.toArray(new String[0]));
    } catch (JsonProcessingException e) {
      // The CSV parser's own message says what is wrong; its location says where.
      long line = e.getLocation() == null ? lastLine : e.getLocation().getLineNr();
      throw new Failure(file + ": malformed CSV at line " + line + ": " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw Inputs.unreadable(file, e);
    }
  }

  /** Whether a cell of the row held bytes that are not UTF-8. */
  static boolean hasInvalidUtf8(Row row) {
    for (String cell : row.fields()) {
      if (cell.indexOf(INVALID_UTF8) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static InputStream skipBom(BufferedInputStream in) throws IOException {
    in.mark(3);
    if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
      in.reset();
    }
    return in;
  }

  @Override
  public void close() {
    closeQuietly();
  }

  private void closeQuietly() {
    try {
      if (parser != null) {
        parser.close();
      }
      raw.close();
    } catch (IOException e) {
      // Nothing was written; a failed close of an input loses nothing.
    }
  }
}
