package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseCollector;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The spill's record of an {@link OrganizationRows}: what was read of one block, already validated, so
 * that reading it back needs no second parse or check. A record is its length, then the organization,
 * the rejections (line, organization, reason) and the responses (line, respondent, answers by item
 * position); texts are a varint length and UTF-8 bytes. The spill is written and read by one run of one
 * version, so the format has no version of its own.
 */
final class SpilledRows {
  private static final Level[] LEVELS = Level.values();

  private SpilledRows() {}

  /**
   * Writes a record.
   *
   * @return the bytes written
   */
  static long write(OutputStream out, OrganizationRows rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    DataOutputStream body = new DataOutputStream(bytes);
    text(body, rows.organization());
    body.writeInt(rows.rejections().size());
    for (Rejection r : rows.rejections()) {
      body.writeLong(r.line());
      text(body, r.organization());
      text(body, r.reason());
      body.writeLong(r.repeatOf());
    }
    ResponseSet set = rows.responses();
    List<Response> responses = set == null ? List.of() : set.responses();
    body.writeInt(responses.size());
    for (int i = 0; i < responses.size(); i++) {
      body.writeLong(rows.lines().get(i));
      Respondent who = responses.get(i).respondent();
      text(body, who.id());
      body.writeByte(who.level().map(Enum::ordinal).orElse(-1));
      body.writeBoolean(who.department().isPresent());
      if (who.department().isPresent()) {
        text(body, who.department().get());
      }
      body.writeByte(who.customerFacing().map(facing -> facing ? 1 : 0).orElse(-1));
      body.writeInt(who.attributes().size());
      for (Map.Entry<String, String> attribute : who.attributes().entrySet()) {
        text(body, attribute.getKey());
        text(body, attribute.getValue());
      }
      Map<String, Integer> answers = responses.get(i).answers();
      body.writeInt(answers.size());
      for (Map.Entry<String, Integer> answer : answers.entrySet()) {
        body.writeInt(set.instrument().indexOf(answer.getKey()));
        body.writeInt(answer.getValue());
      }
    }
    body.flush();
    DataOutputStream head = new DataOutputStream(out);
    head.writeInt(bytes.size());
    bytes.writeTo(out);
    return 4L + bytes.size();
  }

  /** Reads the record at {@code offset}. */
  static OrganizationRows read(FileChannel channel, long offset, Instrument instrument) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(4);
    readFully(channel, head, offset);
    ByteBuffer body = ByteBuffer.allocate(head.flip().getInt());
    readFully(channel, body, offset + 4);
    body.flip();
    String organization = text(body);
    int rejected = body.getInt();
    List<Rejection> rejections = new ArrayList<>(rejected);
    for (int i = 0; i < rejected; i++) {
      rejections.add(new Rejection(body.getLong(), text(body), text(body), body.getLong()));
    }
    int n = body.getInt();
    List<Long> lines = new ArrayList<>(n);
    ResponseCollector collector = ResponseSet.collector(instrument);
    for (int i = 0; i < n; i++) {
      lines.add(body.getLong());
      Respondent.Builder who = Respondent.builder().id(text(body));
      int level = body.get();
      if (level >= 0) {
        who.level(LEVELS[level]);
      }
      if (body.get() != 0) {
        who.department(text(body));
      }
      int facing = body.get();
      if (facing >= 0) {
        who.customerFacing(facing == 1);
      }
      for (int a = body.getInt(); a > 0; a--) {
        who.putAttribute(text(body), text(body));
      }
      collector.begin(who.build());
      for (int a = body.getInt(); a > 0; a--) {
        collector.answer(body.getInt(), body.getInt());
      }
      collector.end();
    }
    return new OrganizationRows(organization, n == 0 ? null : collector.build(), lines, rejections);
  }

  private static void text(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    for (int v = utf8.length; ; v >>>= 7) {
      if (v < 0x80) {
        out.writeByte(v);
        break;
      }
      out.writeByte((v & 0x7F) | 0x80);
    }
    out.write(utf8);
  }

  private static String text(ByteBuffer body) {
    int length = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = body.get();
      length |= (b & 0x7F) << shift;
      if (b >= 0) {
        break;
      }
    }
    String text = new String(body.array(), body.arrayOffset() + body.position(), length, StandardCharsets.UTF_8);
    body.position(body.position() + length);
    return text;
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, at);
      if (n < 0) {
        throw new IOException("the spill file is shorter than its index");
      }
      at += n;
    }
  }
}
