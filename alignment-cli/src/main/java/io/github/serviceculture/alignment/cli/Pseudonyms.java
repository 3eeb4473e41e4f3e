package io.github.serviceculture.alignment.cli;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudonymous respondent ids of scores.csv: HMAC-SHA256 of the organization and the respondent
 * id under a key drawn at random for this run, kept in memory only and never written. Nobody,
 * whoever holds the outputs, the release key or a list of employee ids, can tell which id a
 * pseudonym stands for, and the pseudonyms of two runs cannot be joined; within a run a respondent
 * has one pseudonym, so their rows go together. Thread-safe: each thread has its own {@link Mac}.
 */
final class Pseudonyms {
  /** Hex digits kept of the digest: 80 bits, so that two respondents of a run practically never share one. */
  private static final int DIGITS = 20;
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private final ThreadLocal<Mac> mac;

  Pseudonyms(SecureRandom random) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA256");
    Arrays.fill(secret, (byte) 0);
    this.mac = ThreadLocal.withInitial(() -> {
      try {
        Mac m = Mac.getInstance("HmacSHA256");
        m.init(key);
        return m;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
      }
    });
  }

  /** The pseudonym of a respondent of an organization. */
  String of(String organization, String respondentId) {
    Mac m = mac.get();
    m.update(organization.getBytes(StandardCharsets.UTF_8));
    // A separator that neither name can hold keeps ("ab", "c") and ("a", "bc") apart.
    m.update((byte) 0);
    byte[] digest = m.doFinal(respondentId.getBytes(StandardCharsets.UTF_8));
    char[] out = new char[DIGITS];
    for (int i = 0; i < DIGITS; i++) {
      int b = digest[i / 2] & 0xff;
      out[i] = HEX[i % 2 == 0 ? b >>> 4 : b & 0xf];
    }
    return new String(out);
  }
}
