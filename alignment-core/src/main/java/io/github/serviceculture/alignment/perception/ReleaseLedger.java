package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The sealed record of what a perception report released, which lets the next scoring of the same
 * survey refuse figures that would single someone out by difference with it.
 *
 * <p>It is opaque: {@link #sealed()} is encrypted under a key derived from the caller's {@link
 * ReleaseKey}, and names the key it needs by {@link #keyId()}. Inside are, for this release and
 * every earlier one it was checked against, the released groups of each figure with their members
 * as keyed digests of respondent ids and answers: never an id, an attribute value or an answer.
 * Scoring with {@link PerceptionScorer#score(io.github.serviceculture.alignment.survey.ResponseSet,
 * ReleaseLedger)} opens it with the same key.
 *
 * <p>Immutable and thread-safe; equal when both parts are equal.
 *
 * @since 0.1.0
 */
public final class ReleaseLedger {
  private static final int KEY_ID_LENGTH = 16;

  private final String keyId;
  private final String sealed;

  private ReleaseLedger(String keyId, String sealed) {
    this.keyId = keyId;
    this.sealed = sealed;
  }

  /**
   * Returns a ledger from its two parts, as read from a report document.
   *
   * @param keyId sixteen lowercase hexadecimal digits naming the key; not null
   * @param sealed the sealed contents in unpadded base64url; not null
   * @return the ledger
   * @throws InvalidValueException if a part is null or not of its form (the message never quotes
   *     {@code sealed})
   */
  public static ReleaseLedger of(String keyId, String sealed) {
    Checks.notNull("ReleaseLedger", "keyId", keyId);
    Checks.notNull("ReleaseLedger", "sealed", sealed);
    if (keyId.length() != KEY_ID_LENGTH || !keyId.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
      throw new InvalidValueException("ReleaseLedger", "keyId", null,
          "must be " + KEY_ID_LENGTH + " lowercase hexadecimal digits");
    }
    // Unpadded base64url: its alphabet only, and a length that leaves no lone character (4n + 1).
    boolean form = !sealed.isEmpty() && sealed.length() % 4 != 1;
    for (int i = 0; form && i < sealed.length(); i++) {
      char c = sealed.charAt(i);
      form = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }
    if (!form) {
      throw new InvalidValueException("ReleaseLedger", "sealed", null, "must be unpadded base64url text");
    }
    return new ReleaseLedger(keyId, sealed);
  }

  /** A ledger this library has just sealed, whose parts are of their form by construction. */
  static ReleaseLedger sealedHere(String keyId, String sealed) {
    return new ReleaseLedger(keyId, sealed);
  }

  /**
   * The id of the key that sealed the ledger: a digest of it, which tells a wrong key from a
   * damaged ledger without revealing the key.
   *
   * @return sixteen lowercase hexadecimal digits
   */
  public String keyId() {
    return keyId;
  }

  /**
   * The sealed contents.
   *
   * @return unpadded base64url text
   */
  public String sealed() {
    return sealed;
  }

  byte[] sealedBytes() {
    return Base64.getUrlDecoder().decode(sealed);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReleaseLedger && keyId.equals(((ReleaseLedger) other).keyId)
        && sealed.equals(((ReleaseLedger) other).sealed);
  }

  @Override
  public int hashCode() {
    return 31 * keyId.hashCode() + sealed.hashCode();
  }

  /**
   * Returns the key id and the length of the sealed contents, not the contents.
   *
   * @return a short text
   */
  @Override
  public String toString() {
    return "ReleaseLedger[keyId=" + keyId + ", " + sealed.length() + " characters sealed]";
  }
}
