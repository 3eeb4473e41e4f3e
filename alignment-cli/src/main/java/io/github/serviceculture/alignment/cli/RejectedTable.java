package io.github.serviceculture.alignment.cli;

import java.io.Closeable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rejected rows table, bounded against floods: at most {@code perReason} rows are listed for each
 * reason, and the rows past that are counted, not listed. A reason is its text with every run of
 * digits read as one placeholder, so that "the row has 3 fields" and "the row has 4 fields", or a JSON
 * error on line 7 and the same error on line 9, are the same reason. When the table is closed, one
 * summary row per such reason gives the exact number of rows not listed: its line and organization
 * are empty and its reason reads {@code not listed: N more rows rejected as: <reason>} with the
 * digits of the reason shown as {@code #}. Every rejected row is either listed or counted there, so
 * listed rows plus the summaries' counts equal the run's rejected count. At most {@link #MAX_REASONS}
 * reasons are told apart; rows of any further reason share the bucket {@link #OTHER_REASONS}, so that
 * input crafted to give every row its own reason (a new property name per line) is bounded too: the
 * table never lists more than {@code perReason * (MAX_REASONS + 1)} rows. Used from one thread.
 */
final class RejectedTable implements Closeable {
  /** Rows listed per reason unless the user says otherwise. */
  static final int DEFAULT_PER_REASON = 1000;
  static final String SUMMARY_PREFIX = "not listed: ";
  static final int MAX_REASONS = 1000;
  static final String OTHER_REASONS = "any of the reasons after the first " + MAX_REASONS;

  private final Tables.Table table;
  private final int perReason;
  private final Map<String, long[]> byReason = new LinkedHashMap<>();
  private long unlisted;
  private boolean closed;

  /**
   * @param perReason the rows listed per reason; 0 for no limit
   */
  RejectedTable(Tables.Table table, int perReason) {
    if (perReason < 0) {
      throw new IllegalArgumentException("perReason must be 0 or more, was " + perReason);
    }
    this.table = table;
    this.perReason = perReason;
  }

  void add(Rejection rejection) throws IOException {
    if (perReason > 0) {
      // {listed, unlisted} per reason; the map holds one entry per distinct reason, not per row.
      String key = reasonKey(rejection.reason());
      if (byReason.size() >= MAX_REASONS && !byReason.containsKey(key)) {
        key = OTHER_REASONS;
      }
      long[] counts = byReason.computeIfAbsent(key, k -> new long[2]);
      if (counts[0] >= perReason) {
        counts[1]++;
        unlisted++;
        return;
      }
      counts[0]++;
    }
    table.row(Tables.rejection(rejection));
  }

  /** Rows counted but not listed, over all reasons. */
  long unlisted() {
    return unlisted;
  }

  static String reasonKey(String reason) {
    return reason.replaceAll("[0-9]+", "#");
  }

  /** Writes the summary rows, then closes the table. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      for (Map.Entry<String, long[]> e : byReason.entrySet()) {
        long count = e.getValue()[1];
        if (count > 0) {
          table.row(List.of("", "", SUMMARY_PREFIX + count + " more rows rejected as: " + e.getKey()));
        }
      }
    } finally {
      table.close();
    }
  }
}
