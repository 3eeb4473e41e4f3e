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
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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
      responses = new Responses(Failures.child(here, "responses"));
    } else if (responses.unchecked) {
      responses.checkAgainst(instrument);
    }
    try {
      return ResponseSet.of(instrument, responses.list);
    } catch (InvalidValueException e) {
      throw Failures.invalid(here, start, e);
    }
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

  private static Responses readResponses(JsonParser p, Instrument instrument) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw Failures.wrongType(p, "an array of responses");
    }
    Responses responses = new Responses(Failures.pointer(p));
    responses.unchecked = instrument == null;
    // Answers to a known instrument go into a buffer by item position, then into a compact response;
    // answers that come before the instrument fall back to a map, checked once the instrument is read.
    AnswerBuffer buffer = instrument == null ? null : new AnswerBuffer(instrument);
    Map<String, Integer> firstIndexById = new HashMap<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int index = responses.list.size();
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
        } else if (buffer != null) {
          buffer.read(p);
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
      Integer first = firstIndexById.putIfAbsent(respondent.id(), index);
      if (first != null) {
        throw Failures.at(Failures.pointer(p) + "/respondent/id", start, JsonDocumentException.DUPLICATE_RESPONDENT,
            "repeats the respondent id of " + responses.pointer + "/" + first);
      }
      if (buffer != null && answered) {
        responses.list.add(buffer.response(respondent));
      } else {
        responses.list.add(Response.of(respondent, answers == null ? Map.of() : answers));
      }
      if (responses.unchecked) {
        responses.starts.add(start);
      }
    }
    return responses;
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

  private static boolean allowed(Scale scale, int code) {
    return scale.contains(code) || (scale.dontKnowCode().isPresent() && scale.dontKnowCode().getAsInt() == code);
  }

  private static String unknownItem(Instrument instrument) {
    return "is not an item of instrument " + instrument.id() + " version " + instrument.version();
  }

  private static String outOfScale(Scale scale) {
    return "must be an option from " + scale.lowest() + " to " + scale.highest()
        + (scale.dontKnowCode().isPresent() ? ", or " + scale.dontKnowCode().getAsInt() + " for don't know" : "");
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
   * One response's answers to a known instrument, by item position, checked as they are read: the
   * item must be the instrument's, not answered twice, and the code on the scale. Reused from one
   * response to the next; not thread-safe.
   */
  private static final class AnswerBuffer {
    private final Instrument instrument;
    private final Scale scale;
    private final int[] items;
    private final int[] codes;
    private int count;
    /** By item position: the number of the response that last answered it, to find repeats without clearing. */
    private final int[] answeredIn;
    private int response;
    /** By item position: the item's id, serialized once for Jackson's comparison of names. */
    private final SerializedString[] names;
    private final Predicate<String> isRepeat = this::isRepeat;
    /** By item position, and at the end for the start of an object: the item that followed it last time. */
    private final int[] next;

    AnswerBuffer(Instrument instrument) {
      this.instrument = instrument;
      this.scale = instrument.scale();
      int k = instrument.items().size();
      this.items = new int[k];
      this.codes = new int[k];
      this.answeredIn = new int[k];
      this.names = new SerializedString[k];
      for (int i = 0; i < k; i++) {
        names[i] = new SerializedString(instrument.items().get(i).id());
      }
      this.next = new int[k + 1];
      Arrays.fill(next, -1);
    }

    /** Reads an object of answers; replaces whatever the buffer held. */
    void read(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Failures.wrongType(p, "an object of answers by item id");
      }
      response++;
      count = 0;
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
        if (!allowed(scale, code)) {
          throw Failures.at(p, JsonDocumentException.ANSWER_OUT_OF_SCALE, outOfScale(scale));
        }
        items[count] = item;
        codes[count] = code;
        count++;
        previous = item;
      }
    }

    private boolean isRepeat(String itemId) {
      int item = instrument.indexOf(itemId);
      return item >= 0 && answeredIn[item] == response;
    }

    Response response(Respondent respondent) {
      return Response.of(respondent, instrument, items, codes, count);
    }
  }

  /** Responses read so far, and where each began when they still await the instrument. */
  private static final class Responses {
    final String pointer;
    final List<Response> list = new ArrayList<>();
    final List<JsonLocation> starts = new ArrayList<>();
    boolean unchecked;

    Responses(String pointer) {
      this.pointer = pointer;
    }

    void checkAgainst(Instrument instrument) {
      for (int i = 0; i < list.size(); i++) {
        for (Map.Entry<String, Integer> answer : list.get(i).answers().entrySet()) {
          String place = pointer + "/" + i + "/answers";
          if (instrument.indexOf(answer.getKey()) < 0) {
            throw Failures.at(Failures.child(place, answer.getKey()), starts.get(i),
                JsonDocumentException.UNKNOWN_ITEM, unknownItem(instrument));
          }
          if (!allowed(instrument.scale(), answer.getValue())) {
            throw Failures.at(Failures.child(place, answer.getKey()), starts.get(i),
                JsonDocumentException.ANSWER_OUT_OF_SCALE, outOfScale(instrument.scale()));
          }
        }
      }
    }
  }
}
