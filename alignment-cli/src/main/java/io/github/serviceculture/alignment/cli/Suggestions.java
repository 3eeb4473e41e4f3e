package io.github.serviceculture.alignment.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean …?" for a name the user typed and a set of names that exist, by edit distance. */
final class Suggestions {
  /** At most this many suggestions are offered. */
  static final int LIMIT = 3;

  private Suggestions() {}

  /**
   * The candidates nearest to {@code typed}, nearest first (ties in the candidates' natural order), at most
   * {@link #LIMIT}. A candidate is near when its case-insensitive Levenshtein distance to {@code typed} is at most
   * a third of the longer of the two (and at least 2), or when one contains the other ignoring case: a typo, a
   * change of case or a shortened name. Far candidates are never offered, so the result may be empty.
   *
   * @param typed what the user gave
   * @param candidates the names that exist; duplicates count once
   * @return the suggestions, possibly empty
   */
  static List<String> nearest(String typed, Collection<String> candidates) {
    String wanted = typed.toLowerCase(Locale.ROOT);
    record Scored(String name, int distance) {}
    List<Scored> near = new ArrayList<>();
    candidates.stream().distinct().forEach(name -> {
      String lower = name.toLowerCase(Locale.ROOT);
      int distance = distance(wanted, lower);
      boolean contained = !wanted.isEmpty() && (lower.contains(wanted) || wanted.contains(lower));
      if (distance <= Math.max(2, Math.max(wanted.length(), lower.length()) / 3) || contained) {
        near.add(new Scored(name, distance));
      }
    });
    near.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
    return near.stream().limit(LIMIT).map(Scored::name).toList();
  }

  /** Levenshtein distance: insertions, deletions and substitutions of single chars, each costing 1. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** {@code "; did you mean 'A' or 'B'?"}, or an empty string when there is nothing to suggest. */
  static String didYouMean(List<String> suggestions) {
    if (suggestions.isEmpty()) {
      return "";
    }
    List<String> quoted = suggestions.stream().map(s -> "'" + Printable.name(s) + "'").toList();
    String last = quoted.get(quoted.size() - 1);
    String list = quoted.size() == 1 ? last : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + last;
    return "; did you mean " + list + "?";
  }
}
