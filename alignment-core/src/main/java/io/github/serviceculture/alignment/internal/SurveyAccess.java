package io.github.serviceculture.alignment.internal;

import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import java.lang.invoke.MethodHandles;
import org.jspecify.annotations.Nullable;

/**
 * Builds responses whose answers are held by item position in their instrument, for the library's
 * own readers (JSON, and the command line's CSV). Such a response equals, hashes and prints like one
 * built with {@link Response#builder()}, but costs two small arrays instead of two copies of a hash
 * map, and lets {@code ResponseSet} and {@code ResponseMatrix} skip the lookup of every item id.
 *
 * <p>The implementation lives in the survey package, which registers it when {@link Response} is
 * initialized (the pattern of the JDK's {@code SharedSecrets}): that keeps the constructor of
 * {@code Response} package-private and adds nothing to the public API.
 *
 * <p>Not part of the API: this package is exported only to the JSON module; the command line, which
 * runs on the class path, uses it too.
 */
public abstract class SurveyAccess {
  private static volatile @Nullable SurveyAccess instance;

  /** For the survey package's implementation only. */
  protected SurveyAccess() {}

  /**
   * Returns the implementation.
   *
   * @return the implementation registered by the survey package
   */
  public static SurveyAccess get() {
    SurveyAccess access = instance;
    if (access == null) {
      try {
        // Response's static initializer registers the implementation.
        MethodHandles.lookup().ensureInitialized(Response.class);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot initialize " + Response.class.getName(), e);
      }
      access = instance;
      if (access == null) {
        throw new IllegalStateException("the survey package registered no " + SurveyAccess.class.getSimpleName());
      }
    }
    return access;
  }

  /**
   * Registers the implementation; called once, by the survey package.
   *
   * @param access the implementation
   * @throws IllegalStateException if one is already registered
   */
  public static void register(SurveyAccess access) {
    synchronized (SurveyAccess.class) {
      if (instance != null) {
        throw new IllegalStateException(SurveyAccess.class.getSimpleName() + " is already registered");
      }
      instance = java.util.Objects.requireNonNull(access, "access");
    }
  }

  /**
   * Creates a response from answers given by item position. The arrays are copied; the answers
   * iterate in the order given.
   *
   * <p>The caller guarantees what the reader has already checked: every position lies in {@code
   * 0..instrument.items().size() - 1} and none repeats. Codes are checked, as for any response, when
   * the response set is built.
   *
   * @param respondent who answered
   * @param instrument the instrument whose item positions {@code items} holds
   * @param items the positions of the answered items, in answer order; the first {@code count} are used
   * @param codes the answer codes, parallel to {@code items}
   * @param count the number of answers
   * @return the response
   */
  public abstract Response response(Respondent respondent, Instrument instrument, int[] items, int[] codes,
      int count);
}
