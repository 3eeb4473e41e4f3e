package io.github.serviceculture.alignment.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Splits a UTF-8 byte stream into lines without ever holding more than one line, and that one no
 * longer than the limit: the rest of an over-long line is skipped, not buffered.
 */
final class JsonLinesReader<R> extends Spliterators.AbstractSpliterator<R> {
  @FunctionalInterface
  interface LineHandler<R> {
    R handle(byte[] line, int length, long lineNumber);
  }

  private final InputStream in;
  private final long maxLength;
  private final LineHandler<R> handler;
  private final LongFunction<R> tooLong;
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkLength;
  private int chunkPosition;
  private byte[] line = new byte[1024];
  private long lineNumber;
  private boolean ended;

  private JsonLinesReader(InputStream in, long maxLength, LineHandler<R> handler, LongFunction<R> tooLong) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.in = in;
    this.maxLength = Math.min(maxLength, Integer.MAX_VALUE - 8);
    this.handler = handler;
    this.tooLong = tooLong;
  }

  static <R> Stream<R> lines(InputStream in, long maxLength, LineHandler<R> handler, LongFunction<R> tooLong) {
    return StreamSupport.stream(new JsonLinesReader<>(in, maxLength, handler, tooLong), false);
  }

  @Override
  public boolean tryAdvance(Consumer<? super R> action) {
    try {
      while (!ended) {
        int length = 0;
        boolean overflow = false;
        boolean sawAny = false;
        while (true) {
          if (chunkPosition == chunkLength) {
            chunkLength = in.read(chunk);
            chunkPosition = 0;
            if (chunkLength < 0) {
              chunkLength = 0;
              ended = true;
              break;
            }
            continue;
          }
          byte b = chunk[chunkPosition++];
          sawAny = true;
          if (b == '\n') {
            break;
          }
          if (overflow) {
            continue;
          }
          if (length >= maxLength) {
            overflow = true;
            continue;
          }
          if (length == line.length) {
            line = Arrays.copyOf(line, (int) Math.min(Math.max(maxLength, 1), (long) line.length * 2));
          }
          line[length++] = b;
        }
        if (!sawAny) {
          return false;
        }
        lineNumber++;
        if (overflow) {
          action.accept(tooLong.apply(lineNumber));
          return true;
        }
        int start = 0;
        if (lineNumber == 1 && length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB
            && line[2] == (byte) 0xBF) {
          start = 3;
        }
        if (length > start && line[length - 1] == '\r') {
          length--;
        }
        if (isBlank(line, start, length)) {
          continue;
        }
        byte[] content = start == 0 ? line : Arrays.copyOfRange(line, start, length);
        action.accept(handler.handle(content, length - start, lineNumber));
        if (line.length > 1024 * 1024) {
          line = new byte[1024];
        }
        return true;
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isBlank(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
