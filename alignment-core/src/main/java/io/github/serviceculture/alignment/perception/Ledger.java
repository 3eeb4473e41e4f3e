package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The contents of a {@link ReleaseLedger}: for each figure, its elements (a person and a digest of
 * that person's answers to the figure's items) and the sets of elements every release so far
 * released it for.
 *
 * <p>A person is a keyed digest of the respondent id (96 bits); an element adds a keyed digest of
 * the id and the answers (64 bits), so that a respondent whose answers to a figure did not change
 * is the same element in every release, and one whose answers changed is a new element of the same
 * person. Sealed with AES-256-GCM; the nonce is a keyed digest of the contents, so that equal
 * contents seal to equal text (scoring stays deterministic) and nothing else repeats a nonce.
 * Not thread-safe.
 */
final class Ledger {
  private static final int MAGIC = 0x5343_4C31; // "SCL1"
  private static final int PERSON_BYTES = 12;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int MAX_CONTENTS = 1 << 28;

  private final int threshold;
  private final List<ByteBuffer> persons = new ArrayList<>();
  private final Map<ByteBuffer, Integer> personIndex = new HashMap<>();
  private final Map<String, Figure> figures = new LinkedHashMap<>();

  /** One figure's elements and released sets. */
  static final class Figure {
    final List<Integer> personOf = new ArrayList<>();
    final List<Long> answersOf = new ArrayList<>();
    final Map<Long, Integer> elementIndex = new HashMap<>();
    final List<int[]> released = new ArrayList<>();

    int element(int person, long answers) {
      // Answer digests include the id, so equal digests of two persons would be a 64-bit collision.
      return elementIndex.computeIfAbsent(answers, a -> {
        personOf.add(person);
        answersOf.add(a);
        return personOf.size() - 1;
      });
    }

    int[] persons() {
      return personOf.stream().mapToInt(Integer::intValue).toArray();
    }

    int mostElementsPerPerson() {
      Map<Integer, Integer> count = new HashMap<>();
      int most = 1;
      for (int p : personOf) {
        most = Math.max(most, count.merge(p, 1, Integer::sum));
      }
      return most;
    }
  }

  Ledger(int threshold) {
    this.threshold = threshold;
  }

  int threshold() {
    return threshold;
  }

  Figure figure(String key) {
    return figures.computeIfAbsent(key, k -> new Figure());
  }

  /** The index of a person, from the first {@value #PERSON_BYTES} bytes of its digest. */
  int person(byte[] digest) {
    ByteBuffer key = ByteBuffer.wrap(Arrays.copyOf(digest, PERSON_BYTES));
    return personIndex.computeIfAbsent(key, k -> {
      persons.add(k);
      return persons.size() - 1;
    });
  }

  /** The keyed digests of respondents, under a key derived from the caller's. */
  static final class Digests {
    private final Mac mac;

    Digests(ReleaseKey key) {
      try {
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.derive("ledger-digests"), "HmacSHA256"));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    /**
     * The respondent's digest: 12 bytes that name the person in the ledger, then 8 that key the
     * digests of the person's answers ({@link #answers}).
     */
    byte[] person(String respondentId) {
      return Arrays.copyOf(mac.doFinal(respondentId.getBytes(StandardCharsets.UTF_8)), PERSON_BYTES + 8);
    }

    /**
     * A 64-bit digest of one figure's answers, keyed by the person's digest. A mixing function, not
     * a cryptographic one, so that a thousand respondents cost one HMAC each rather than one per
     * figure: its input is keyed and it is stored only inside the sealed ledger, where it needs to
     * tell changed answers from unchanged ones, not to resist someone who holds the key (who could
     * test guesses of the few possible answers through any digest).
     */
    static long answers(byte[] person, String figure, double[] answers) {
      long h = ByteBuffer.wrap(person, PERSON_BYTES, 8).getLong();
      h = mix(h ^ figure.hashCode());
      for (double x : answers) {
        // One NaN for every missing answer, whatever its bits.
        h = mix(h ^ Double.doubleToLongBits(x)) + 0x9E3779B97F4A7C15L;
      }
      return mix(h ^ answers.length);
    }

    /** The finalizer of MurmurHash3's 64-bit variant: every input bit affects every output bit. */
    private static long mix(long value) {
      long z = value;
      z = (z ^ z >>> 33) * 0xFF51AFD7ED558CCDL;
      z = (z ^ z >>> 33) * 0xC4CEB9FE1A85EC53L;
      return z ^ z >>> 33;
    }
  }

  /**
   * Whether this ledger records every release {@code earlier} records: each of its figures' released
   * sets, element for element (the same person with the same answers). Both opened with one key,
   * so that equal digests name the same element.
   */
  boolean records(Ledger earlier) {
    for (Map.Entry<String, Figure> e : earlier.figures.entrySet()) {
      Figure mine = figures.get(e.getKey());
      Set<Set<List<Object>>> mineSets = mine == null ? Set.of() : releasedSets(this, mine);
      if (!mineSets.containsAll(releasedSets(earlier, e.getValue()))) {
        return false;
      }
    }
    return true;
  }

  /** A figure's released sets, each as its elements' (person digest, answers digest). */
  private static Set<Set<List<Object>>> releasedSets(Ledger ledger, Figure figure) {
    Set<Set<List<Object>>> sets = new HashSet<>();
    for (int[] set : figure.released) {
      Set<List<Object>> elements = new HashSet<>();
      for (int element : set) {
        elements.add(List.of(ledger.persons.get(figure.personOf.get(element)), figure.answersOf.get(element)));
      }
      sets.add(elements);
    }
    return sets;
  }

  /** The key id of the ledgers a key seals. */
  static String keyId(ReleaseKey key) {
    byte[] id = key.derive("ledger-key-id");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      out.append(Character.forDigit(id[i] >> 4 & 0xF, 16)).append(Character.forDigit(id[i] & 0xF, 16));
    }
    return out.toString();
  }

  ReleaseLedger seal(ReleaseKey key) {
    byte[] plain = deflate(contents());
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.derive("ledger-nonce"), "HmacSHA256"));
      byte[] nonce = Arrays.copyOf(mac.doFinal(plain), NONCE_BYTES);
      String keyId = keyId(key);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.derive("ledger-encryption"), "AES"),
          new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
      byte[] sealed = cipher.doFinal(plain);
      byte[] out = new byte[NONCE_BYTES + sealed.length];
      System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
      System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
      return ReleaseLedger.sealedHere(keyId, Base64.getUrlEncoder().withoutPadding().encodeToString(out));
    } catch (GeneralSecurityException e) {
      // AES-GCM and HmacSHA256 are required of every Java platform.
      throw new IllegalStateException(e);
    }
  }

  /**
   * Opens a ledger sealed with {@code key}.
   *
   * @throws InvalidValueException if another key sealed it, or it was changed or not made here
   */
  static Ledger open(ReleaseLedger ledger, ReleaseKey key) {
    String keyId = keyId(key);
    if (!keyId.equals(ledger.keyId())) {
      throw new InvalidValueException("PerceptionScorer", "previous", "key id " + ledger.keyId(),
          "must be sealed with this scorer's release key (key id " + keyId + ")");
    }
    byte[] bytes = ledger.sealedBytes();
    byte[] plain;
    try {
      if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
        throw new GeneralSecurityException("too short");
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.derive("ledger-encryption"), "AES"),
          new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
      plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw damaged();
    }
    try {
      return read(new DataInputStream(new java.io.BufferedInputStream(new ByteArrayInputStream(inflate(plain)), 1 << 16)));
    } catch (IOException | DataFormatException | RuntimeException e) {
      throw damaged();
    }
  }

  private static InvalidValueException damaged() {
    return new InvalidValueException("PerceptionScorer", "previous", null,
        "must be a ledger this library sealed, unchanged");
  }

  private byte[] contents() {
    Bytes out = new Bytes();
    out.putInt(MAGIC);
    out.putInt(threshold);
    out.putInt(persons.size());
    for (ByteBuffer p : persons) {
      out.put(p.array());
    }
    out.putInt(figures.size());
    for (Map.Entry<String, Figure> e : figures.entrySet()) {
      Figure f = e.getValue();
      out.putUtf(e.getKey());
      out.putInt(f.personOf.size());
      for (int i = 0; i < f.personOf.size(); i++) {
        out.putInt(f.personOf.get(i));
        out.putLong(f.answersOf.get(i));
      }
      out.putInt(f.released.size());
      for (int[] set : f.released) {
        out.putInt(set.length);
        int last = -1;
        for (int element : set) {
          // Sorted, so the gaps are small and deflate well.
          out.putVarint(element - last);
          last = element;
        }
      }
    }
    return out.toArray();
  }

  /**
   * A growing byte array in the layout {@link DataInputStream} reads: a ledger of a thousand
   * respondents is some hundred thousand small writes, too many for a stream's per-call cost.
   */
  private static final class Bytes {
    private byte[] bytes = new byte[1 << 16];
    private int size;

    private void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    void put(byte[] b) {
      ensure(b.length);
      System.arraycopy(b, 0, bytes, size, b.length);
      size += b.length;
    }

    void putInt(int v) {
      ensure(4);
      for (int shift = 24; shift >= 0; shift -= 8) {
        bytes[size++] = (byte) (v >>> shift);
      }
    }

    void putLong(long v) {
      ensure(8);
      for (int shift = 56; shift >= 0; shift -= 8) {
        bytes[size++] = (byte) (v >>> shift);
      }
    }

    void putVarint(int value) {
      ensure(5);
      int v = value;
      while ((v & ~0x7F) != 0) {
        bytes[size++] = (byte) (v & 0x7F | 0x80);
        v >>>= 7;
      }
      bytes[size++] = (byte) v;
    }

    /** Modified UTF-8 with a two-byte length, as {@link DataInputStream#readUTF()} reads it. */
    void putUtf(String s) {
      ByteArrayOutputStream utf = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(utf)) {
        out.writeUTF(s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      put(utf.toByteArray());
    }

    byte[] toArray() {
      return Arrays.copyOf(bytes, size);
    }
  }

  private static Ledger read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) {
      throw new IOException("not a ledger");
    }
    Ledger ledger = new Ledger(in.readInt());
    int personCount = in.readInt();
    for (int i = 0; i < personCount; i++) {
      byte[] p = new byte[PERSON_BYTES];
      in.readFully(p);
      ledger.person(p);
    }
    int figureCount = in.readInt();
    for (int i = 0; i < figureCount; i++) {
      Figure f = ledger.figure(in.readUTF());
      int elements = in.readInt();
      for (int e = 0; e < elements; e++) {
        int person = in.readInt();
        if (person < 0 || person >= personCount) {
          throw new IOException("person out of range");
        }
        f.element(person, in.readLong());
      }
      int sets = in.readInt();
      for (int s = 0; s < sets; s++) {
        int size = in.readInt();
        if (size < 0 || size > elements) {
          throw new IOException("set size out of range");
        }
        int[] set = new int[size];
        int last = -1;
        for (int j = 0; j < size; j++) {
          last += readVarint(in);
          if (last >= elements) {
            throw new IOException("element out of range");
          }
          set[j] = last;
        }
        f.released.add(set);
      }
    }
    if (in.read() != -1) {
      throw new IOException("content after the ledger");
    }
    return ledger;
  }

  private static int readVarint(DataInputStream in) throws IOException {
    int value = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (value <= 0) {
          throw new IOException("gap out of range");
        }
        return value;
      }
    }
    throw new IOException("varint too long");
  }

  private static byte[] deflate(byte[] bytes) {
    // The digests, most of the bytes, do not compress; the gaps of the sets do, at any level.
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      deflater.setInput(bytes);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static byte[] inflate(byte[] bytes) throws DataFormatException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(bytes);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int count = inflater.inflate(buffer);
        if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new DataFormatException("truncated");
        }
        out.write(buffer, 0, count);
        if (out.size() > MAX_CONTENTS) {
          throw new DataFormatException("too large");
        }
      }
      return out.toByteArray();
    } finally {
      inflater.end();
    }
  }
}
