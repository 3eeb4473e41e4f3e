package io.github.serviceculture.alignment.json;

import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The instruments a reader resolves by reference: the default one plus those an application adds. */
final class Instruments {
  static final Instruments DEFAULT = new Instruments(java.util.List.of());

  private final Map<String, Instrument> byKey = new LinkedHashMap<>();

  Instruments(Collection<Instrument> added) {
    Instrument standard = DefaultInstrument.instrument();
    byKey.put(key(standard.id(), standard.version()), standard);
    for (Instrument instrument : added) {
      byKey.put(key(instrument.id(), instrument.version()), instrument);
    }
  }

  private static String key(String id, String version) {
    return id + ' ' + version;
  }

  Optional<Instrument> find(String id, String version) {
    return Optional.ofNullable(byKey.get(key(id, version)));
  }

  /** Whether a writer may send this instrument by reference: a reader with the same registry resolves it. */
  boolean isReferable(Instrument instrument) {
    return instrument.equals(byKey.get(key(instrument.id(), instrument.version())));
  }

  String describe() {
    return byKey.values().stream().map(i -> i.id() + " version " + i.version()).collect(Collectors.joining(", "));
  }
}
