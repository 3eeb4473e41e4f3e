package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The caller's secret that seals a {@link ReleaseLedger} and keys the digests inside it.
 *
 * <p>A report scored with a key carries a ledger from which the next scoring of the same survey can
 * tell who joined, left or moved between groups, and so refuse figures whose difference with an
 * earlier release would single someone out. The ledger holds keyed digests, never respondent ids, and
 * is encrypted: without the key it reveals nothing beyond its length. Keep the key as secret as the
 * responses themselves; whoever holds it and knows a respondent's id can tell which released groups
 * that respondent was counted in.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the secret.
 *
 * @since 0.1.0
 */
public final class ReleaseKey {
  /** The fewest bytes a secret may have: 256 bits, the strength of the keys derived from it. */
  public static final int MINIMUM_LENGTH = 32;

  private final byte[] secret;

  private ReleaseKey(byte[] secret) {
    this.secret = secret;
  }

  /**
   * Returns a key for a secret, which is copied.
   *
   * @param secret at least {@value #MINIMUM_LENGTH} random bytes, such as those of a file made with
   *     {@code openssl rand 32 > release.key}; not null
   * @return the key
   * @throws InvalidValueException if {@code secret} is null or shorter than {@value #MINIMUM_LENGTH}
   *     bytes (the message gives the length, never the bytes)
   */
  public static ReleaseKey of(byte[] secret) {
    Checks.notNull("ReleaseKey", "secret", secret);
    if (secret.length < MINIMUM_LENGTH) {
      throw new InvalidValueException("ReleaseKey", "secret", secret.length + " bytes",
          "must have at least " + MINIMUM_LENGTH + " bytes");
    }
    return new ReleaseKey(secret.clone());
  }

  /**
   * A key derived from the secret for one purpose, so that the digests, the encryption and the key
   * id never share a key.
   */
  byte[] derive(String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(("io.github.serviceculture.alignment/" + purpose).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      // HmacSHA256 is required of every Java platform.
      throw new IllegalStateException(e);
    }
  }

  /**
   * Returns whether the other object is a key with the same secret, compared in constant time.
   *
   * @param other the object
   * @return true when both keys have the same secret
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReleaseKey && java.security.MessageDigest.isEqual(secret, ((ReleaseKey) other).secret);
  }

  @Override
  public int hashCode() {
    // Constant: a hash of the secret would leak bits of it to whoever sees the hash.
    return 0x5EC12E7;
  }

  /**
   * Returns {@code ReleaseKey[secret hidden]}.
   *
   * @return a text without the secret
   */
  @Override
  public String toString() {
    return "ReleaseKey[secret hidden]";
  }
}
