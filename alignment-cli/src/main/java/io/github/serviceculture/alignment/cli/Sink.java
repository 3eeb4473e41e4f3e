package io.github.serviceculture.alignment.cli;

/** Where a run's outcomes go, in order, until {@link #commit()} makes them final. Used from one thread. */
interface Sink extends AutoCloseable {
  void accept(Outcome outcome);

  /** Makes the outputs final. */
  void commit();

  long scored();

  long rejected();

  /** Drops whatever was not committed. */
  @Override
  void close();
}
