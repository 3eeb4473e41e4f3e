package io.github.serviceculture.alignment.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs units of work (one organization each) on a fixed pool of worker threads and hands their
 * outcomes to a sink in the order the units were submitted, on the submitting thread. At most
 * {@code 2 × threads} units are in flight: when the window is full, {@link #submit} waits for the
 * oldest one, so memory stays bounded by a few organizations per worker whatever the input's size,
 * and the output order never depends on the number of threads.
 */
final class Pipeline implements AutoCloseable {
  private final ExecutorService workers;
  private final Deque<Future<Outcome>> window = new ArrayDeque<>();
  private final int capacity;
  private final Consumer<Outcome> sink;

  Pipeline(int threads, Consumer<Outcome> sink) {
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "alignment-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.capacity = 2 * threads;
    this.sink = sink;
  }

  void submit(Callable<Outcome> unit) {
    drainTo(capacity - 1);
    window.addLast(workers.submit(unit));
  }

  /** An outcome known without work, such as a row rejected while reading; it keeps its place in the order. */
  void submitDone(Outcome outcome) {
    drainTo(capacity - 1);
    window.addLast(CompletableFuture.completedFuture(outcome));
  }

  /** Waits for every unit and hands over its outcome. */
  void finish() {
    drainTo(0);
  }

  private void drainTo(int size) {
    while (window.size() > size) {
      Future<Outcome> head = window.removeFirst();
      Outcome outcome;
      try {
        outcome = head.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Failure("interrupted");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        throw new IllegalStateException(cause);
      }
      sink.accept(outcome);
    }
  }

  /** Drops the units in flight and stops the workers. */
  @Override
  public void close() {
    window.forEach(f -> f.cancel(true));
    window.clear();
    workers.shutdownNow();
  }
}
