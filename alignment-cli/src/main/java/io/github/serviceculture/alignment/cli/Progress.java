package io.github.serviceculture.alignment.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr, or nothing. */
interface Progress extends AutoCloseable {
  Progress NONE = new Progress() {
    @Override
    public void stepTo(long n) {}

    @Override
    public void close() {}
  };

  void stepTo(long n);

  @Override
  void close();

  static Progress bar(PrintStream err, String task, long max, String unit, long unitSize) {
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(max)
        .setUnit(unit, unitSize)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(200)
        .showSpeed()
        .setConsumer(new ConsoleProgressBarConsumer(err))
        .continuousUpdate()
        .build();
    return new Progress() {
      @Override
      public void stepTo(long n) {
        bar.stepTo(n);
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }
}
