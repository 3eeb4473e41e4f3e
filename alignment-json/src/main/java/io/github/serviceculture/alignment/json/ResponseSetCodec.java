package io.github.serviceculture.alignment.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonReadContext;
import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseCollector;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A response set: {@code instrument} (the whole instrument) or {@code instrumentRef} (its id and
 * version, for an instrument the reader knows), and {@code responses}. Every answer is checked
 * against the instrument with a pointer to it, so that no error has to quote an answer or a
 * respondent id. When the responses come before the instrument, the check runs once the instrument
 * is known.
 */
final class ResponseSetCodec implements Codec<ResponseSet> {
  private final Instruments instruments;

  ResponseSetCodec(Instruments instruments) {
    this.instruments = instruments;
  }

  @Override
  public ResponseSet read(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Failures.wrongType(p, "an object (ResponseSet)");
    }
    JsonLocation start = p.currentTokenLocation();
    Instrument instrument = null;
    Responses responses = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      switch (name) {
        case "instrument":
        case "instrumentRef":
          if (instrument != null) {
            throw Failures.at(p, JsonDocumentException.DUPLICATE_PROPERTY,
                "gives the instrument twice; give either instrument or instrumentRef");
          }
          p.nextToken();
          instrument = "instrument".equals(name) ? SurveyCodecs.INSTRUMENT.read(p) : readReference(p);
          break;
        case "responses":
          if (responses != null) {
            throw Failures.at(p, JsonDocumentException.DUPLICATE_PROPERTY, "names a property twice");
          }
          p.nextToken();
          responses = readResponses(p, instrument);
          break;
        default:
          throw Failures.at(p, JsonDocumentException.UNKNOWN_PROPERTY,
              "is not a property of ResponseSet; allowed: instrument, instrumentRef, responses");
      }
    }
    String here = Failures.pointer(p);
    if (instrument == null) {
      throw Failures.at(Failures.child(here, "instrument"), start, JsonDocumentException.MISSING_PROPERTY,
          "ResponseSet requires instrument or instrumentRef");
    }
    if (responses == null) {
      return ResponseSet.collector(instrument).build();
    }
    return responses.collected != null ? responses.collected : responses.collectAgainst(instrument);
  }

  private Instrument readReference(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Failures.wrongType(p, "an object with the instrument's id and version");
    }
    JsonLocation start = p.currentTokenLocation();
    String id = null;
    String version = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      boolean isId = "id".equals(name);
      if (!isId && !"version".equals(name)) {
        throw Failures.at(p, JsonDocumentException.UNKNOWN_PROPERTY,
            "is not a property of an instrument reference; allowed: id, version");
      }
      if (isId ? id != null : version != null) {
        throw Failures.at(p, JsonDocumentException.DUPLICATE_PROPERTY, "names a property twice");
      }
      p.nextToken();
      String value = Codecs.STRING.read(p);
      if (isId) {
        id = value;
      } else {
        version = value;
      }
    }
    String here = Failures.pointer(p);
    if (id == null || version == null) {
      throw Failures.at(Failures.child(here, id == null ? "id" : "version"), start,
          JsonDocumentException.MISSING_PROPERTY, "an instrument reference requires id and version");
    }
    return instruments.find(id, version).orElseThrow(() -> Failures.at(here, start,
        JsonDocumentException.UNKNOWN_INSTRUMENT,
        "names an instrument this reader does not know; known: " + instruments.describe()
            + "; send the whole instrument instead"));
  }

  private static Responses readResponses(JsonParser p, @Nullable Instrument instrument) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw Failures.wrongType(p, "an array of responses");
    }
    Responses responses = new Responses(Failures.pointer(p));
    // Answers to a known instrument go by item position into the core's collector, which checks
    // them as they are read; answers that come before the instrument are kept by item id and go
    // through the collector once the instrument is read.
    ResponseCollector collector = instrument == null ? null : ResponseSet.collector(instrument);
    AnswerBuffer buffer = collector == null ? null : new AnswerBuffer(collector);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int index = collector != null ? collector.size() : responses.pending.size();
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Failures.wrongType(p, "an object (Response)");
      }
      JsonLocation start = p.currentTokenLocation();
      Respondent respondent = null;
      Map<String, Integer> answers = null;
      boolean answered = false;
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        boolean isRespondent = "respondent".equals(name);
        if (!isRespondent && !"answers".equals(name)) {
          throw Failures.at(p, JsonDocumentException.UNKNOWN_PROPERTY,
              "is not a property of Response; allowed: respondent, answers");
        }
        if (isRespondent ? respondent != null : answered) {
          throw Failures.at(p, JsonDocumentException.DUPLICATE_PROPERTY, "names a property twice");
        }
        p.nextToken();
        if (isRespondent) {
          respondent = SurveyCodecs.RESPONDENT.read(p);
          if (collector != null && !answered) {
            begin(collector, respondent, responses.pointer, index, start);
          }
        } else if (buffer != null) {
          // Straight into the collector when the respondent came first, else kept until it is known.
          buffer.read(p, respondent != null);
        } else {
          answers = readAnswerMap(p);
        }
        answered |= !isRespondent;
      }
      // The pointer to this response is made only for an error: building it for every response cost
      // several per cent of a read.
      if (respondent == null) {
        throw Failures.at(Failures.child(Failures.pointer(p), "respondent"), start,
            JsonDocumentException.MISSING_PROPERTY, "Response requires respondent");
      }
      if (collector == null) {
        responses.pending.add(new Pending(respondent, answers == null ? Map.of() : answers, start));
        continue;
      }
      if (answered && buffer.held()) {
        begin(collector, respondent, responses.pointer, index, start);
        buffer.release(responses.pointer + "/" + index);
      }
      collector.end();
    }
    if (collector != null) {
      responses.collected = collector.build();
    }
    return responses;
  }

  private static void begin(ResponseCollector collector, Respondent respondent, String pointer, int index,
      JsonLocation start) {
    try {
      collector.begin(respondent);
    } catch (InvalidValueException e) {
      throw Failures.at(pointer + "/" + index + "/respondent/id", start, JsonDocumentException.DUPLICATE_RESPONDENT,
          "repeats the respondent id of " + pointer + "/" + collector.indexOf(respondent.id()));
    }
  }

  /** Answers read before the instrument is known, in document order; checked later. */
  private static Map<String, Integer> readAnswerMap(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Failures.wrongType(p, "an object of answers by item id");
    }
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String itemId = p.currentName();
      if (answers.containsKey(itemId)) {
        throw Failures.at(p, JsonDocumentException.DUPLICATE_PROPERTY, "answers an item twice");
      }
      p.nextToken();
      answers.put(itemId, Codecs.INT.read(p));
    }
    return answers;
  }

  private static String unknownItem(Instrument instrument) {
    return "is not an item of instrument " + instrument.id() + " version " + instrument.version();
  }

  @Override
  public void write(ResponseSet value, JsonGenerator g) throws IOException {
    g.writeStartObject(value);
    Instrument instrument = value.instrument();
    if (instruments.isReferable(instrument)) {
      g.writeObjectFieldStart("instrumentRef");
      g.writeFieldName("id");
      Codecs.STRING.write(instrument.id(), g);
      g.writeFieldName("version");
      Codecs.STRING.write(instrument.version(), g);
      g.writeEndObject();
    } else {
      g.writeFieldName("instrument");
      SurveyCodecs.INSTRUMENT.write(instrument, g);
    }
    g.writeArrayFieldStart("responses");
    for (Response response : value.responses()) {
      SurveyCodecs.RESPONSE.write(response, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * One response's answers to a known instrument, by item position: each item must be the
   * instrument's and not named twice (the document's concern); each answer goes to the collector,
   * which checks its code. Reused from one response to the next; not thread-safe.
   */
  private static final class AnswerBuffer {
    private final ResponseCollector collector;
    private final Instrument instrument;
    private final int[] items;
    private final int[] codes;
    /** Where each held answer's value is, for an error found when it is released. */
    private final JsonLocation[] locations;
    private int count;
    /** Whether the last object read is held here, its respondent not yet known. */
    private boolean held;
    /** By item position: the number of the response that last answered it, to find repeats without clearing. */
    private final int[] answeredIn;
    private int response;
    /** By item position: the item's id, serialized once for Jackson's comparison of names. */
    private final SerializedString[] names;
    private final Predicate<String> isRepeat = this::isRepeat;
    /** By item position, and at the end for the start of an object: the item that followed it last time. */
    private final int[] next;

    AnswerBuffer(ResponseCollector collector) {
      this.collector = collector;
      this.instrument = collector.instrument();
      int k = instrument.items().size();
      this.items = new int[k];
      this.codes = new int[k];
      this.locations = new JsonLocation[k];
      this.answeredIn = new int[k];
      this.names = new SerializedString[k];
      for (int i = 0; i < k; i++) {
        names[i] = new SerializedString(instrument.items().get(i).id());
      }
      this.next = new int[k + 1];
      Arrays.fill(next, -1);
    }

    /**
     * Reads an object of answers: into the collector's open response when {@code direct}, else into
     * this buffer until {@link #release}.
     */
    void read(JsonParser p, boolean direct) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Failures.wrongType(p, "an object of answers by item id");
      }
      response++;
      count = 0;
      held = !direct;
      JsonReadContext object = Repeats.takeOver(p);
      int previous = next.length - 1;
      while (true) {
        // Documents list the items in the same order for every respondent: guess the item that
        // followed the previous one last time and let Jackson compare the name's bytes with it,
        // which skips decoding the name and looking it up. A repeat is never guessed.
        int guess = next[previous];
        boolean guessed = guess >= 0 && answeredIn[guess] != response;
        boolean named = Repeats.nextName(p, object, guessed ? names[guess] : null, isRepeat);
        int item = guess;
        if (!guessed || !named) {
          if (p.currentToken() != JsonToken.FIELD_NAME) {
            return;
          }
          item = instrument.indexOf(p.currentName());
          if (item < 0) {
            throw Failures.at(p, JsonDocumentException.UNKNOWN_ITEM, unknownItem(instrument));
          }
          if (answeredIn[item] == response) {
            throw object == null
                ? Failures.at(p, JsonDocumentException.DUPLICATE_PROPERTY, "answers an item twice")
                : Repeats.repeated(p);
          }
          next[previous] = item;
        }
        answeredIn[item] = response;
        p.nextToken();
        int code = Codecs.readInt(p);
        if (direct) {
          try {
            collector.answer(item, code);
          } catch (InvalidValueException e) {
            throw Failures.at(p, JsonDocumentException.ANSWER_OUT_OF_SCALE, e.problem());
          }
        } else {
          items[count] = item;
          codes[count] = code;
          // Kept only in this rare order (answers before the respondent), so an error points at the answer.
          locations[count] = p.currentTokenLocation();
          count++;
        }
        previous = item;
      }
    }

    boolean held() {
      return held;
    }

    /** Gives the held answers to the collector's open response; an error points at the answer. */
    void release(String responsePointer) {
      for (int j = 0; j < count; j++) {
        try {
          collector.answer(items[j], codes[j]);
        } catch (InvalidValueException e) {
          throw Failures.at(Failures.child(responsePointer + "/answers", instrument.items().get(items[j]).id()),
              locations[j], JsonDocumentException.ANSWER_OUT_OF_SCALE, e.problem());
        }
      }
      Arrays.fill(locations, 0, count, null);
      held = false;
    }

    private boolean isRepeat(String itemId) {
      int item = instrument.indexOf(itemId);
      return item >= 0 && answeredIn[item] == response;
    }
  }

  /** A response read before its instrument. */
  private record Pending(Respondent respondent, Map<String, Integer> answers, JsonLocation start) {}

  /** The responses read: collected when the instrument came first, else pending until it is read. */
  private static final class Responses {
    final String pointer;
    @Nullable ResponseSet collected;
    final List<Pending> pending = new ArrayList<>();

    Responses(String pointer) {
      this.pointer = pointer;
    }

    ResponseSet collectAgainst(Instrument instrument) {
      ResponseCollector collector = ResponseSet.collector(instrument);
      for (int i = 0; i < pending.size(); i++) {
        Pending response = pending.get(i);
        begin(collector, response.respondent(), pointer, i, response.start());
        String place = pointer + "/" + i + "/answers";
        for (Map.Entry<String, Integer> answer : response.answers().entrySet()) {
          int item = instrument.indexOf(answer.getKey());
          if (item < 0) {
            throw Failures.at(Failures.child(place, answer.getKey()), response.start(),
                JsonDocumentException.UNKNOWN_ITEM, unknownItem(instrument));
          }
          try {
            collector.answer(item, answer.getValue());
          } catch (InvalidValueException e) {
            throw Failures.at(Failures.child(place, answer.getKey()), response.start(),
                JsonDocumentException.ANSWER_OUT_OF_SCALE, e.problem());
          }
        }
        collector.end();
      }
      return collector.build();
    }
  }
}
