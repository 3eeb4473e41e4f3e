package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.json.JsonDocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/** Reading whole documents, with errors that name the file. */
final class Inputs {
  private Inputs() {}

  static <T> T read(Path file, String kind, Function<InputStream, T> reader) {
    try (InputStream in = open(file)) {
      return reader.apply(in);
    } catch (JsonDocumentException e) {
      throw new Failure(file + ": not a valid " + kind + " document: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw unreadable(file, e.getCause());
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  static Failure unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new Failure(file + ": no such file");
    }
    return new Failure(file + ": cannot be read (" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
  }
}
