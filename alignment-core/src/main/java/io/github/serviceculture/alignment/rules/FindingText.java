package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The templates findings' text is made from, and how a template is filled.
 *
 * <p>The built-in rules' English messages and recommendations are the resource bundle {@value
 * #BUNDLE} ({@code messages.properties} in this package), keyed {@code <code>.message} and {@code
 * <code>.recommendation} by each finding's {@link Finding#code() code}. {@link
 * #builtIn(Locale)} looks a translation up as {@link ResourceBundle#getBundle(String,
 * Locale)} does from this module: on the class path, a {@code messages_fr.properties} in this package
 * of any jar; on the module path, only within this module, so a platform in a module of its own passes
 * its bundle to {@link #of(ResourceBundle)} instead.
 *
 * <p>A template is text with placeholders {@code {name}} for the parameters, written as the English
 * messages write them: text as it is, a {@code Long} in digits, a {@code Double} rounded half up to
 * at most one decimal without trailing zeros ({@code 62.5}, {@code 40}); {@code {name,number,2}} gives
 * at most two decimals, {@code {name,fixed,2}} exactly two ({@code 0.40}), and {@code {name,money}} a
 * whole amount with thousands separators ({@code 162,000}). Numbers are written the same way in
 * every language. A section in square brackets, such as {@code [ ({metric})]}, is left out unless
 * every parameter it names is given: the way to say an optional detail. A condition {@code
 * {name=VALUE}} writes nothing, and keeps its section only when the parameter is given and written
 * as {@code VALUE}, such as {@code [{question=CAN_STATE_VISION}Make the vision visible.]}: the way to
 * choose a sentence. There is no escape: a template has no other braces or brackets.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class FindingText {
  /** The base name of the built-in messages' resource bundle. */
  public static final String BUNDLE = "io.github.serviceculture.alignment.rules.messages";

  private static final ResourceBundle ENGLISH = english();
  private static final FindingText BUILT_IN_ENGLISH = new FindingText(ENGLISH);

  private final ResourceBundle bundle;

  private FindingText(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /**
   * The root bundle read directly, not through {@code getBundle}: with {@code Locale.ROOT},
   * {@code getBundle} falls back to the default locale's bundle when one exists.
   */
  private static ResourceBundle english() {
    try (InputStream in = FindingText.class.getResourceAsStream("messages.properties")) {
      if (in == null) {
        throw new MissingResourceException("the built-in messages are missing", BUNDLE, "");
      }
      // UTF-8 since Java 9, as getBundle reads properties bundles.
      return new PropertyResourceBundle(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in messages " + BUNDLE, e);
    }
  }

  /**
   * The built-in templates in {@code locale}'s language, or in English when that language is not
   * found. Its text for a finding without a built-in template (a user's rule's) is the finding's own.
   *
   * @param locale the language wanted; not null
   * @return the templates
   */
  public static FindingText builtIn(Locale locale) {
    Checks.notNull("FindingText", "locale", locale);
    if (locale.getLanguage().isEmpty() || locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
      return BUILT_IN_ENGLISH;
    }
    ResourceBundle found;
    try {
      found = ResourceBundle.getBundle(BUNDLE, locale);
    } catch (MissingResourceException e) {
      return BUILT_IN_ENGLISH;
    }
    // getBundle falls back to the default locale's bundle, which is not the language asked for.
    return found.getLocale().getLanguage().equals(locale.getLanguage()) ? new FindingText(found)
        : BUILT_IN_ENGLISH;
  }

  /**
   * A caller's own templates, for a platform that translates findings (its user's rules' included)
   * from a bundle of its own module. Its text for a finding whose code the bundle lacks is the
   * finding's own English.
   *
   * @param bundle the templates, keyed {@code <code>.message} and {@code <code>.recommendation}; not
   *     null
   * @return the templates
   */
  public static FindingText of(ResourceBundle bundle) {
    return new FindingText(Checks.notNull("FindingText", "bundle", bundle));
  }

  /**
   * The message of a finding: the template of its code filled with its parameters, or its English
   * {@link Finding#message()} when there is no such template.
   *
   * @param finding the finding; not null
   * @return the message
   */
  public String message(Finding finding) {
    Checks.notNull("FindingText", "finding", finding);
    return text(finding, "message", finding.message());
  }

  /**
   * The recommendation of a finding, found as {@link #message(Finding)} is.
   *
   * @param finding the finding; not null
   * @return the recommendation
   */
  public String recommendation(Finding finding) {
    Checks.notNull("FindingText", "finding", finding);
    return text(finding, "recommendation", finding.recommendation());
  }

  /**
   * The message template of a code, as this bundle has it.
   *
   * @param code a finding's code; not null
   * @return the template, or empty when the bundle has none for the code
   */
  public Optional<String> messageTemplate(String code) {
    return template(Checks.notNull("FindingText", "code", code), "message");
  }

  /**
   * The recommendation template of a code, as this bundle has it.
   *
   * @param code a finding's code; not null
   * @return the template, or empty when the bundle has none for the code
   */
  public Optional<String> recommendationTemplate(String code) {
    return template(Checks.notNull("FindingText", "code", code), "recommendation");
  }

  private Optional<String> template(String code, String part) {
    String key = code + "." + part;
    return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
  }

  private String text(Finding finding, String part, String english) {
    String key = finding.code() + "." + part;
    if (!bundle.containsKey(key)) {
      return english;
    }
    return fill(bundle.getString(key), finding.parameters(), false);
  }

  /** The built-in English template of a finding's code, for the built-in rules; it must exist. */
  static String englishTemplate(String code, String part) {
    return ENGLISH.getString(code + "." + part);
  }

  /**
   * Fills a template with parameters, as the built-in messages are filled (see the class comment for
   * the placeholders).
   *
   * @param template the template; not null
   * @param parameters the values by name, of the types {@link Finding#parameters()} allows; not null
   * @return the text
   * @throws InvalidValueException if a placeholder names no parameter or has an unknown format
   */
  public static String format(String template, Map<String, ?> parameters) {
    return fill(template, parameters, true);
  }

  /**
   * Fills a template; a placeholder without its parameter stays as written unless {@code strict}, so
   * that a translation's typo shows rather than breaks a report.
   */
  private static String fill(String template, Map<String, ?> parameters, boolean strict) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('[', at);
      int close = open < 0 ? -1 : template.indexOf(']', open);
      if (close < 0) {
        placeholders(template.substring(at), parameters, strict, out);
        break;
      }
      placeholders(template.substring(at, open), parameters, strict, out);
      String section = template.substring(open + 1, close);
      if (allGiven(section, parameters)) {
        placeholders(section, parameters, strict, out);
      }
      at = close + 1;
    }
    return out.toString();
  }

  /** Whether every placeholder of an optional section names a parameter that is given. */
  private static boolean allGiven(String section, Map<String, ?> parameters) {
    int at = 0;
    while (true) {
      int open = section.indexOf('{', at);
      int close = open < 0 ? -1 : section.indexOf('}', open);
      if (close < 0) {
        return true;
      }
      String placeholder = section.substring(open + 1, close);
      int equals = placeholder.indexOf('=');
      if (equals >= 0) {
        Object value = parameters.get(placeholder.substring(0, equals).strip());
        if (value == null || !String.valueOf(parameterValue(value)).equals(placeholder.substring(equals + 1).strip())) {
          return false;
        }
      } else if (!parameters.containsKey(placeholder.split(",", -1)[0].strip())) {
        return false;
      }
      at = close + 1;
    }
  }

  private static void placeholders(String text, Map<String, ?> parameters, boolean strict, StringBuilder out) {
    int at = 0;
    while (at < text.length()) {
      int open = text.indexOf('{', at);
      int close = open < 0 ? -1 : text.indexOf('}', open);
      if (close < 0) {
        out.append(text, at, text.length());
        return;
      }
      out.append(text, at, open);
      String placeholder = text.substring(open + 1, close);
      String rendered = render(placeholder, parameters, strict);
      out.append(rendered != null ? rendered : text.substring(open, close + 1));
      at = close + 1;
    }
  }

  private static String render(String placeholder, Map<String, ?> parameters, boolean strict) {
    if (placeholder.indexOf('=') >= 0) {
      return "";
    }
    String[] parts = placeholder.split(",", -1);
    Object value = parameters.get(parts[0].strip());
    if (value == null) {
      if (strict) {
        throw new InvalidValueException("FindingText", "template", "{" + placeholder + "}",
            "names no parameter; parameters are " + parameters.keySet());
      }
      return null;
    }
    value = parameterValue(value);
    String format = parts.length > 1 ? parts[1].strip() : "";
    int decimals = parts.length > 2 ? decimals(parts[2].strip(), placeholder, strict) : 1;
    if (decimals < 0) {
      return null;
    }
    if (value instanceof Double || value instanceof Long) {
      double number = ((Number) value).doubleValue();
      switch (format) {
        case "":
          return value instanceof Long ? value.toString() : RuleText.number(number);
        case "number":
          return RuleText.number(number, decimals);
        case "fixed":
          return RuleText.fixed(number, decimals);
        case "money":
          return RuleText.money(number);
        default:
          break;
      }
    } else if (format.isEmpty()) {
      return value.toString();
    }
    if (strict) {
      throw new InvalidValueException("FindingText", "template", "{" + placeholder + "}",
          "has an unknown format for a " + value.getClass().getSimpleName() + "; use number, fixed or money");
    }
    return null;
  }

  private static int decimals(String text, String placeholder, boolean strict) {
    if (text.length() == 1 && text.charAt(0) >= '0' && text.charAt(0) <= '6') {
      return text.charAt(0) - '0';
    }
    if (strict) {
      throw new InvalidValueException("FindingText", "template", "{" + placeholder + "}",
          "must give from 0 to 6 decimals");
    }
    return -1;
  }

  /** Whether {@code name} may name a parameter: an ASCII letter, then ASCII letters and digits. */
  static boolean isName(String name) {
    if (name.isEmpty() || !isAsciiLetter(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!isAsciiLetter(name.charAt(i)) && (name.charAt(i) < '0' || name.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** Whether {@code value} is of a type a parameter may have. */
  static boolean isParameterValue(Object value) {
    return value instanceof String || value instanceof Long || value instanceof Boolean
        || value instanceof Double && Double.isFinite((Double) value);
  }

  /** A value as a parameter keeps it: small integers as Long, Float as Double, an enum as its name. */
  static Object parameterValue(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float) {
      return ((Float) value).doubleValue();
    }
    if (value instanceof Enum<?>) {
      return ((Enum<?>) value).name();
    }
    return value;
  }

  /** The entries sorted by name, each value kept as {@link #parameterValue} keeps it. */
  static Map<String, Object> normalized(Map<String, ?> entries) {
    Map<String, Object> sorted = new TreeMap<>();
    for (Map.Entry<String, ?> e : entries.entrySet()) {
      String key = Checks.notNull("Finding", "parameters", e.getKey());
      sorted.put(key, parameterValue(Checks.notNull("Finding", "parameters." + key, e.getValue())));
    }
    return sorted;
  }
}
