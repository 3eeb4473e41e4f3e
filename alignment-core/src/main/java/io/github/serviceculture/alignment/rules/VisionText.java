package io.github.serviceculture.alignment.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plain-text measures of a vision statement for the criterion that a vision is simple and easily
 * understood: its sentences, its words, a heuristic syllable count and the Flesch reading ease.
 *
 * <p>The measures are heuristics meant for a short statement in English, not a linguistic parser:
 *
 * <ul>
 *   <li>A <em>word</em> is a run of non-space characters holding at least one letter or digit, so
 *       {@code e.g.}, {@code non-profit} and {@code 24/7} are one word each.
 *   <li>A <em>sentence</em> ends at a word ending in {@code .}, {@code !} or {@code ?} (closing
 *       quotes and brackets allowed) when the next word does not start with a lower-case letter and
 *       the word is not an abbreviation that never ends a sentence ({@code e.g.}, {@code i.e.},
 *       {@code Mr.}, {@code Dr.}, {@code vs.}, {@code cf.}, {@code approx.}, {@code no.}, or a single
 *       initial such as {@code J.}); the last word always ends one. A decimal such as {@code 3.5}
 *       has no space after its point and so never splits a sentence.
 *   <li>A <em>syllable</em> count of a word: letters only, lower case; a word of three letters or
 *       fewer has one; otherwise a final {@code e} or {@code es} after a consonant other than
 *       {@code l} (silent, as in "make" or "makes", but not in "table"), and a final {@code ed} not after
 *       {@code t} or {@code d} are dropped, a leading {@code y} is dropped, and each run of one or
 *       two vowels ({@code a e i o u y}) counts one. Every word has at least one; a word without
 *       letters (a number) counts one.
 *   <li>The <em>Flesch reading ease</em> is {@code 206.835 - 1.015 * words / sentences - 84.6 *
 *       syllables / words}: about 60 to 70 is plain English, below 30 reads like academic prose.
 * </ul>
 */
final class VisionText {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern HAS_WORD_CHARACTER = Pattern.compile(".*[\\p{L}\\p{N}].*");
  private static final Pattern TERMINAL = Pattern.compile(".*[.!?]+[\"'\u2019\u201d)\\]]*");
  private static final Pattern SINGLE_INITIAL = Pattern.compile("\\p{L}\\.");
  private static final Set<String> NON_TERMINAL_ABBREVIATIONS =
      Set.of("e.g.", "i.e.", "mr.", "mrs.", "ms.", "dr.", "prof.", "vs.", "cf.", "approx.", "no.", "st.");
  private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|(?<=[^td])ed|[^laeiouy]e)$");
  private static final Pattern VOWEL_RUN = Pattern.compile("[aeiouy]{1,2}");

  private VisionText() {}

  /** The words of a text, in order. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String token : WHITESPACE.split(text.strip())) {
      if (HAS_WORD_CHARACTER.matcher(token).matches()) {
        words.add(token);
      }
    }
    return words;
  }

  /** The number of sentences of a text: 0 for a text without words, else at least 1. */
  static int sentenceCount(String text) {
    List<String> words = words(text);
    int sentences = 0;
    for (int i = 0; i < words.size(); i++) {
      boolean last = i == words.size() - 1;
      if (last || endsSentence(words.get(i), words.get(i + 1))) {
        sentences++;
      }
    }
    return sentences;
  }

  private static boolean endsSentence(String word, String next) {
    if (!TERMINAL.matcher(word).matches()) {
      return false;
    }
    String bare = word.replaceAll("[\"'\u2019\u201d)\\]]+$", "").toLowerCase(Locale.ROOT);
    if (NON_TERMINAL_ABBREVIATIONS.contains(bare) || SINGLE_INITIAL.matcher(bare).matches()) {
      return false;
    }
    String start = next.replaceAll("^[\"'\u2018\u201c(\\[]+", "");
    return start.isEmpty() || !Character.isLowerCase(start.codePointAt(0));
  }

  /** The heuristic syllable count of one word; at least 1. */
  static int syllables(String word) {
    String letters = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (letters.length() <= 3) {
      return 1;
    }
    String stem = SILENT_ENDING.matcher(letters).replaceFirst("");
    stem = stem.startsWith("y") ? stem.substring(1) : stem;
    int count = 0;
    var matcher = VOWEL_RUN.matcher(stem);
    while (matcher.find()) {
      count++;
    }
    return Math.max(1, count);
  }

  /** The Flesch reading ease of a text with at least one word. */
  static double readingEase(String text) {
    List<String> words = words(text);
    int syllables = words.stream().mapToInt(VisionText::syllables).sum();
    double wordsPerSentence = (double) words.size() / Math.max(1, sentenceCount(text));
    double syllablesPerWord = (double) syllables / words.size();
    return 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
  }
}
