package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.survey.Scale;

/**
 * Where one keyed answer falls: favourable, neutral or unfavourable.
 *
 * <p>With {@code f} favourable options ({@link PerceptionPolicy#favourableOptions()}; by default
 * half the scale's options, rounded down), the top {@code f} options of the scale are favourable,
 * the bottom {@code f} unfavourable and those between neutral. By default, then, the options above
 * the scale's midpoint are favourable, those below it unfavourable, and only the middle option of an
 * odd scale is neutral; an even scale has no neutral option. On options numbered from 1:
 *
 * <table>
 *   <caption>The default map</caption>
 *   <tr><th>Options</th><th>Unfavourable</th><th>Neutral</th><th>Favourable</th></tr>
 *   <tr><td>2</td><td>1</td><td>none</td><td>2</td></tr>
 *   <tr><td>3</td><td>1</td><td>2</td><td>3</td></tr>
 *   <tr><td>4</td><td>1-2</td><td>none</td><td>3-4</td></tr>
 *   <tr><td>5</td><td>1-2</td><td>3</td><td>4-5</td></tr>
 *   <tr><td>6</td><td>1-3</td><td>none</td><td>4-6</td></tr>
 *   <tr><td>7</td><td>1-3</td><td>4</td><td>5-7</td></tr>
 *   <tr><td>8</td><td>1-4</td><td>none</td><td>5-8</td></tr>
 *   <tr><td>9</td><td>1-4</td><td>5</td><td>6-9</td></tr>
 *   <tr><td>10</td><td>1-5</td><td>none</td><td>6-10</td></tr>
 *   <tr><td>11</td><td>1-5</td><td>6</td><td>7-11</td></tr>
 * </table>
 *
 * <p>A narrower map counts fewer options at each end, such as {@code f = 2} on a seven-point scale:
 * 6-7 favourable, 3-5 neutral, 1-2 unfavourable. The map is applied after reverse keying: a
 * reverse-keyed item's answer {@code x} is classed as {@code lowest + highest - x}, so strongly
 * agreeing with a negative statement is unfavourable.
 *
 * @since 0.2.0
 */
public enum Favourability {
  /** Among the top options of the scale, after reverse keying. */
  FAVOURABLE,
  /** Between the favourable and the unfavourable options. */
  NEUTRAL,
  /** Among the bottom options of the scale, after reverse keying. */
  UNFAVOURABLE;

  /**
   * The default number of favourable options of a scale: half its options, rounded down.
   *
   * @param scale the scale; not null
   * @return {@code scale.options() / 2}
   * @throws InvalidValueException if {@code scale} is null
   */
  public static int defaultOptions(Scale scale) {
    return Checks.notNull("Favourability", "scale", scale).options() / 2;
  }

  /**
   * Classes one keyed answer.
   *
   * @param scale the scale the answer is on; not null
   * @param favourableOptions how many options at each end are favourable and unfavourable: from 1 to
   *     half the scale's options
   * @param keyedAnswer the answer after reverse keying, an option of the scale
   * @return where the answer falls
   * @throws InvalidValueException if {@code scale} is null, {@code favourableOptions} is out of range
   *     or the answer is not an option of the scale
   */
  public static Favourability of(Scale scale, int favourableOptions, int keyedAnswer) {
    checkOptions(scale, favourableOptions);
    Checks.require(scale.contains(keyedAnswer), "Favourability", "keyedAnswer", "an answer outside the scale",
        "must be an option from " + scale.lowest() + " to " + scale.highest());
    return ofIndex(keyedAnswer - scale.lowest(), scale.options(), favourableOptions);
  }

  /** Classes the option at {@code index} (0 for the lowest) of {@code options}; arguments checked. */
  static Favourability ofIndex(int index, int options, int favourableOptions) {
    if (index >= options - favourableOptions) {
      return FAVOURABLE;
    }
    return index < favourableOptions ? UNFAVOURABLE : NEUTRAL;
  }

  /**
   * Checks that {@code favourableOptions} fits the scale, naming the policy's setting.
   *
   * @throws InvalidValueException unless it is from 1 to half the scale's options
   */
  static void checkOptions(Scale scale, int favourableOptions) {
    Checks.notNull("Favourability", "scale", scale);
    Checks.require(favourableOptions >= 1 && favourableOptions <= scale.options() / 2, "PerceptionPolicy",
        "favourableOptions", favourableOptions, "must be from 1 to half the scale's " + scale.options()
            + " options (" + scale.options() / 2 + ")");
  }
}
