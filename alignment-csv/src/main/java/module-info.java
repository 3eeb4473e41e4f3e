/**
 * The CSV adapter: reads survey responses from a CSV file, one organization's block of rows at a time
 * ({@link io.github.serviceculture.alignment.csv.SurveyCsvReader}), laid out by a {@link
 * io.github.serviceculture.alignment.csv.SurveyCsvLayout}. Rows that cannot be used are rejected with
 * their line and a reason that never quotes the input.
 */
module io.github.serviceculture.alignment.csv {
  requires transitive io.github.serviceculture.alignment;

  exports io.github.serviceculture.alignment.csv;
}
