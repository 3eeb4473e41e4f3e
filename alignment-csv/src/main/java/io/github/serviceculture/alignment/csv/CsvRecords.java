package io.github.serviceculture.alignment.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into CSV records (RFC 4180: fields separated by a one-byte delimiter, quoted
 * fields with doubled quotes, delimiters and line breaks inside; records ended by CRLF, LF or CR;
 * empty lines, and lines of only spaces and tabs other than the delimiter, skipped; a UTF-8 byte order mark at the start skipped), leaving each field in place in
 * its buffer.
 *
 * <p>Written here rather than taken from a CSV library because the reader's recovery rule needs to
 * restart on a given line after a bad record, which a library's parser does not offer: a record that
 * is rejected (malformed quoting, a field count that is not the header's when it spans lines, a quote
 * never closed, or more than {@link #MAX_RECORD_LINES} lines or {@link #MAX_RECORD_BYTES} bytes) is
 * reported from the line it starts on and reading goes on from the line after that one. Leaving fields
 * in the buffer also lets answers be parsed without a string per cell. The delimiter, quote, CR and LF
 * are ASCII, and no byte of a multi-byte UTF-8 sequence is, so splitting bytes splits characters
 * correctly; validating UTF-8 is left to the caller, per record.
 *
 * <p>Not thread-safe.
 */
final class CsvRecords {
  /** The most lines one record may span; a quote never closed costs at most this many lines of rescanning. */
  static final int MAX_RECORD_LINES = 100;
  /** The longest record, in bytes. */
  static final int MAX_RECORD_BYTES = 16 << 20;

  /** Why a record is malformed. */
  enum Problem {
    /** A quote inside a field that does not start with one. */
    QUOTE_IN_UNQUOTED_FIELD,
    /** Something other than a delimiter or line break after a closing quote. */
    TEXT_AFTER_CLOSING_QUOTE,
    /** The input ends inside a quoted field. */
    UNCLOSED_QUOTE,
    /** The record spans more than {@link #MAX_RECORD_LINES} lines. */
    TOO_MANY_LINES,
    /** The record is longer than {@link #MAX_RECORD_BYTES}. */
    TOO_LONG,
    /** The record spans lines and has a field count other than the header's. */
    WIDTH
  }

  private static final byte QUOTE = '"';
  private static final byte CR = '\r';
  private static final byte LF = '\n';

  private final InputStream in;
  private final byte delimiter;
  private byte[] buf = new byte[1 << 16];
  private int limit;
  private boolean eof;
  /** Where scanning is; every kept position is an index into {@link #buf}, shifted on compaction. */
  private int pos;
  private int recordStart;
  private int recordEnd;
  /** The start of the line after the record's first line, or -1 while the record is on its first line. */
  private int secondLine;
  private long nextLine = 1;
  private long line;
  private int lines;
  /** The field count that a record spanning lines must have, or -1 (the header). */
  private int width = -1;

  private int fieldCount;
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private boolean[] escaped = new boolean[64];
  private Problem problem;
  private int problemField;

  CsvRecords(InputStream in, char delimiter) {
    this.in = in;
    this.delimiter = (byte) delimiter;
    if (fill(3) && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      pos = 3;
    }
  }

  void width(int width) {
    this.width = width;
  }

  /**
   * Reads the next record.
   *
   * @return false at the end of the input
   * @throws UncheckedIOException if the input cannot be read
   */
  boolean next() {
    // Blank lines.
    while (true) {
      if (!available(pos)) {
        return false;
      }
      byte b = buf[pos];
      if (b == LF) {
        pos++;
        nextLine++;
      } else if (b == CR) {
        pos++;
        if (available(pos) && buf[pos] == LF) {
          pos++;
        }
        nextLine++;
      } else if (isBlank(b)) {
        // A line of nothing but spaces and tabs is skipped like an empty one, as spreadsheets write them.
        int i = 1;
        while (available(pos + i) && isBlank(buf[pos + i])) {
          i++;
        }
        if (available(pos + i) && buf[pos + i] != LF && buf[pos + i] != CR) {
          break;
        }
        pos += i;
      } else {
        break;
      }
    }
    recordStart = pos;
    line = nextLine;
    lines = 1;
    secondLine = -1;
    fieldCount = 0;
    problem = null;
    scan();
    if (problem == null && lines > 1 && width >= 0 && fieldCount != width) {
      problem = Problem.WIDTH;
    }
    if (problem != null) {
      resumeOnSecondLine();
    }
    return true;
  }

  /** Scans the record from {@link #pos}; leaves {@link #pos} after its line break. */
  private void scan() {
    while (true) {
      int field = fieldCount;
      if (field == starts.length) {
        int n = field * 2;
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        escaped = Arrays.copyOf(escaped, n);
      }
      fieldCount++;
      escaped[field] = false;
      if (available(pos) && buf[pos] == QUOTE) {
        pos++;
        starts[field] = pos;
        // Quoted field.
        while (true) {
          if (!available(pos)) {
            fail(eof ? Problem.UNCLOSED_QUOTE : Problem.TOO_LONG, field);
            return;
          }
          byte b = buf[pos];
          if (b == QUOTE) {
            if (available(pos + 1) && buf[pos + 1] == QUOTE) {
              escaped[field] = true;
              pos += 2;
              continue;
            }
            ends[field] = pos;
            pos++;
            break;
          }
          if (b == LF || b == CR) {
            pos++;
            if (b == CR && available(pos) && buf[pos] == LF) {
              pos++;
            }
            if (secondLine < 0) {
              secondLine = pos;
            }
            if (++lines > MAX_RECORD_LINES) {
              fail(Problem.TOO_MANY_LINES, field);
              return;
            }
            continue;
          }
          pos++;
        }
        if (!available(pos)) {
          if (!eof) {
            fail(Problem.TOO_LONG, field);
            return;
          }
          endAtEof(pos);
          return;
        }
        byte b = buf[pos];
        if (b == delimiter) {
          pos++;
          continue;
        }
        if (b == LF || b == CR) {
          endLine(b);
          return;
        }
        fail(Problem.TEXT_AFTER_CLOSING_QUOTE, field);
        return;
      }
      starts[field] = pos;
      while (true) {
        if (!available(pos)) {
          if (!eof) {
            fail(Problem.TOO_LONG, field);
            return;
          }
          ends[field] = pos;
          endAtEof(pos);
          return;
        }
        byte b = buf[pos];
        if (b == delimiter) {
          ends[field] = pos;
          pos++;
          break;
        }
        if (b == LF || b == CR) {
          ends[field] = pos;
          endLine(b);
          return;
        }
        if (b == QUOTE) {
          fail(Problem.QUOTE_IN_UNQUOTED_FIELD, field);
          return;
        }
        pos++;
      }
    }
  }

  private void endLine(byte b) {
    recordEnd = pos;
    pos++;
    if (b == CR && available(pos) && buf[pos] == LF) {
      pos++;
    }
    nextLine = line + lines;
  }

  private void endAtEof(int at) {
    recordEnd = at;
    nextLine = line + lines;
  }

  private void fail(Problem why, int field) {
    problem = why;
    problemField = field;
  }

  /** Goes on from the line after the bad record's first line. */
  private void resumeOnSecondLine() {
    nextLine = line + 1;
    if (secondLine >= 0) {
      pos = secondLine;
      recordEnd = pos;
      return;
    }
    // The record is on one line: skip to its end, without keeping what is skipped.
    while (true) {
      recordStart = pos;
      if (!available(pos)) {
        recordEnd = pos;
        return;
      }
      byte b = buf[pos];
      if (b == LF || b == CR) {
        recordEnd = pos;
        pos++;
        if (b == CR && available(pos) && buf[pos] == LF) {
          pos++;
        }
        return;
      }
      pos++;
    }
  }

  /** Whether {@code buf[index]} holds a byte, reading more input (and shifting positions) if needed. */
  /** A space or tab that is not the delimiter. */
  private boolean isBlank(byte b) {
    return (b == ' ' || b == '\t') && b != delimiter;
  }

  private boolean available(int index) {
    if (index < limit) {
      return true;
    }
    if (eof) {
      return false;
    }
    int ahead = index - pos;
    return fill(ahead + 1) || (pos + ahead < limit);
  }

  /**
   * Reads until {@code buf} holds {@code ahead} bytes from {@link #pos}, compacting from the record's
   * start and growing up to {@link #MAX_RECORD_BYTES} past it.
   *
   * @return whether it does (false at the end of input or at the size limit)
   */
  private boolean fill(int ahead) {
    while (limit - pos < ahead) {
      if (eof) {
        return false;
      }
      if (limit == buf.length) {
        int keep = Math.min(recordStart, pos);
        if (keep > 0) {
          shift(keep);
        } else if (buf.length >= MAX_RECORD_BYTES) {
          return false;
        } else {
          buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_RECORD_BYTES));
        }
      }
      int n;
      try {
        n = in.read(buf, limit, buf.length - limit);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (n < 0) {
        eof = true;
        return limit - pos >= ahead;
      }
      limit += n;
    }
    return true;
  }

  private void shift(int by) {
    System.arraycopy(buf, by, buf, 0, limit - by);
    limit -= by;
    pos -= by;
    recordStart -= by;
    if (secondLine >= 0) {
      secondLine -= by;
    }
    for (int f = 0; f < fieldCount; f++) {
      starts[f] -= by;
      ends[f] -= by;
    }
  }

  long line() {
    return line;
  }

  int fieldCount() {
    return fieldCount;
  }

  Problem problem() {
    return problem;
  }

  /** The field (from 0) where the problem was found. */
  int problemField() {
    return problemField;
  }

  boolean spansLines() {
    return lines > 1;
  }

  byte[] buffer() {
    return buf;
  }

  int start(int field) {
    return starts[field];
  }

  int end(int field) {
    return ends[field];
  }

  /** Whether the field is quoted and holds doubled quotes, which {@link #text(int)} undoubles. */
  boolean escaped(int field) {
    return escaped[field];
  }

  /** Whether the record's bytes are valid UTF-8; only for a record without a problem. */
  boolean validUtf8() {
    return Utf8.valid(buf, recordStart, recordEnd);
  }

  /** The field's text, quotes undoubled; only for a record without a problem whose bytes are valid UTF-8. */
  String text(int field) {
    int s = starts[field];
    int e = ends[field];
    if (!escaped[field]) {
      return new String(buf, s, e - s, StandardCharsets.UTF_8);
    }
    byte[] out = new byte[e - s];
    int n = 0;
    for (int i = s; i < e; i++) {
      out[n++] = buf[i];
      if (buf[i] == QUOTE) {
        i++;
      }
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }
}
