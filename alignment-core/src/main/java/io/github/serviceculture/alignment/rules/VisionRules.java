package io.github.serviceculture.alignment.rules;

import static io.github.serviceculture.alignment.rules.RuleText.number;
import static io.github.serviceculture.alignment.rules.RuleText.quoted;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.DraftingGroup;
import io.github.serviceculture.alignment.model.GutCheck;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.ServiceVision;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The built-in rules of the customer service vision: that there is one; that it is simple (one
 * sentence, short, plain words) and customer-focused; and that it was made the way the method asks,
 * from all employees' input, by a cross-functional drafting group of seven to ten people spanning
 * executives to frontline, and checked on stakeholders outside the room.
 *
 * <p>The method requires three properties of a vision: simple and easily understood, customer-focused,
 * and true to who the organization is and wants to be. The rules on these ({@code SHORT_AND_PLAIN}'s
 * plain words, {@code CUSTOMER_FOCUSED}, a recorded {@code GUT_CHECK}) and on having a vision at all
 * ({@code DEFINED}) are {@linkplain Importance#ESSENTIAL essential}. The way the method suggests
 * writing one (one sentence, employees' input, a drafting group of seven to ten) is {@linkplain
 * Importance#ADVISORY advisory}: INFO at most, and not counted in the score.
 *
 * <p>Every rule but {@code VISION.DEFINED} is not applicable when the practices or the vision are
 * absent; {@code VISION.DEFINED} raises a critical finding when the practices record that there is
 * no vision, and INFO that it is unknown when they do not record one.
 */
final class VisionRules {
  private static final List<Rule> ALL = List.of(new Defined(), new OneSentence(), new ShortAndPlain(),
      new CustomerFocused(), new EmployeeInput(), new DraftingGroupSpan(), new GutCheckRecognition());

  private VisionRules() {}

  /** The vision rules, in a fixed order. */
  static List<Rule> all() {
    return ALL;
  }

  /** The vision of the practices, when both are given. */
  private static Optional<ServiceVision> vision(RuleContext context) {
    return context.practices().flatMap(Organization::vision);
  }

  private static Evidence statement(ServiceVision vision) {
    return Evidence.practice("vision.statement", vision.statement());
  }

  private static Evidence policy(String threshold, Object value) {
    return Evidence.of(EvidenceSource.POLICY, "thresholds." + threshold, String.valueOf(value));
  }

  /**
   * {@code VISION.DEFINED}, essential: the organization has a customer service vision, the compass the
   * other five points align with. Critical when the practices record that there is none ({@code
   * noVision}); INFO that it is unknown, counted in no score, when the vision is not recorded; not
   * applicable when the practices are absent.
   */
  static final class Defined extends BaseRule {
    Defined() {
      super("VISION.DEFINED", Dimension.VISION, "The organization has a customer service vision.");
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      if (context.practices().isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      Organization org = context.practices().get();
      if (org.vision().isPresent()) {
        return RuleOutcome.compliance(1, List.of());
      }
      if (!org.visionRecorded()) {
        return notRecorded("vision", Map.of("organization", org.name()));
      }
      return RuleOutcome.compliance(0, List.of(finding(Severity.CRITICAL, "MISSING",
          Map.of("organization", org.name()), List.of(Evidence.practice("vision", "none")))));
    }
  }

  /**
   * {@code VISION.ONE_SENTENCE}, advisory: the vision has at most {@link
   * RuleThresholds#visionMaxSentences()} sentences (see {@link VisionText} for how sentences are
   * counted). The method prefers one sentence but presents longer visions as good ones (Rackspace's
   * promise runs to more than one), so exceeding it is advice (INFO) and compliance stays 1.
   */
  static final class OneSentence extends BaseRule {
    OneSentence() {
      super("VISION.ONE_SENTENCE", Dimension.VISION,
          "The vision is a single sentence, or at most the allowed number of sentences.", Importance.ADVISORY);
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<ServiceVision> vision = vision(context);
      if (vision.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      int sentences = VisionText.sentenceCount(vision.get().statement());
      int max = context.thresholds().visionMaxSentences();
      if (sentences <= max) {
        return RuleOutcome.compliance(1, List.of());
      }
      return RuleOutcome.compliance(1, List.of(finding(Severity.INFO, "TOO_MANY_SENTENCES",
          Map.of("sentences", sentences, "maxSentences", max),
              List.of(statement(vision.get()), Evidence.practice("vision.statement.sentences", sentences),
              policy("visionMaxSentences", max)))));
    }
  }

  /**
   * {@code VISION.SHORT_AND_PLAIN}: the vision is simple and easily understood, the first of the three
   * properties the method requires of a vision.
   *
   * <ul>
   *   <li>Essential: when it has at least {@link RuleThresholds#readabilityMinWords()} words, a Flesch
   *       reading ease of at least {@link RuleThresholds#visionMinReadingEase()}. A miss is a WARNING
   *       and compliance 0; otherwise, or when the vision is too short to judge, compliance is 1.
   *   <li>Advisory: at most {@link RuleThresholds#visionMaxWords()} words. The method sets no length
   *       limit (it presents Safelite's 31-word and Rackspace's 41-word visions as good ones), so a
   *       longer vision gets INFO advice and its compliance is not lowered.
   * </ul>
   *
   * <p>See {@link VisionText} for the word, syllable and reading-ease heuristics.
   */
  static final class ShortAndPlain extends BaseRule {
    ShortAndPlain() {
      super("VISION.SHORT_AND_PLAIN", Dimension.VISION,
          "The vision is short and written in plain words that are easy to understand.");
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<ServiceVision> vision = vision(context);
      if (vision.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      RuleThresholds t = context.thresholds();
      String text = vision.get().statement();
      int words = VisionText.words(text).size();
      List<Finding> findings = new ArrayList<>();
      double compliance = 1;
      if (words >= t.readabilityMinWords()) {
        double ease = VisionText.readingEase(text);
        if (ease < t.visionMinReadingEase()) {
          compliance = 0;
          findings.add(finding(Severity.WARNING, "HARD_TO_READ",
              Map.of("readingEase", ease, "minReadingEase", t.visionMinReadingEase(), "words", words),
                  List.of(statement(vision.get()), Evidence.practice("vision.statement.readingEase", number(ease)),
                  policy("visionMinReadingEase", number(t.visionMinReadingEase())))));
        }
      }
      if (words > t.visionMaxWords()) {
        findings.add(finding(Severity.INFO, "LONG",
            Map.of("words", words, "maxWords", t.visionMaxWords()),
                List.of(statement(vision.get()), Evidence.practice("vision.statement.words", words),
                policy("visionMaxWords", t.visionMaxWords()))));
      }
      return RuleOutcome.compliance(compliance, findings);
    }
  }

  /**
   * {@code VISION.CUSTOMER_FOCUSED}: the vision does not describe what the organization wants for
   * itself. A vision may be customer-focused without saying "customer" (REI's, JetBlue's "Inspire
   * Humanity"), so the rule looks for inward or financial wording instead, matched case-insensitively
   * as whole words: profit (profits, profitable, profitability), revenue, earnings, margin, EBITDA,
   * return on investment, bottom line, shareholder, stockholder, investor, shareholder value, market
   * share, growth, grow the business (company, sales), market leader, industry leader, leading
   * provider (company, brand, supplier), world-class company (organization, provider, brand), best
   * company, number one and #1. Essential, the second of the vision's three properties: any such
   * wording is a WARNING and compliance 0.
   */
  static final class CustomerFocused extends PracticeFactRule<ServiceVision> {
    private static final Pattern INWARD = Pattern.compile(String.join("|",
        "\\bprofit(?:s|able|ability)?\\b",
        "\\brevenues?\\b",
        "\\bearnings\\b",
        "\\bmargins?\\b",
        "\\bebitda\\b",
        "\\breturn on investment\\b",
        "\\bbottom[- ]line\\b",
        "\\b(?:share|stock)holders?(?: value)?\\b",
        "\\binvestors?\\b",
        "\\bmarket share\\b",
        "\\bgrowth\\b",
        "\\bgrow (?:the|our) (?:business|company|sales)\\b",
        "\\b(?:market|industry) leader(?:ship)?\\b",
        "\\bleading (?:provider|company|brand|supplier)s?\\b",
        "\\bworld[- ]class (?:company|organi[sz]ation|provider|brand)\\b",
        "\\bbest company\\b",
        "\\bnumber one\\b",
        "#1\\b"), Pattern.CASE_INSENSITIVE);

    CustomerFocused() {
      super("VISION.CUSTOMER_FOCUSED", Dimension.VISION,
          "The vision describes the service customers receive, not the organization's financial or"
              + " market ambitions.");
    }

    /** The inward or financial phrases of a text, lower case, in order of first appearance. */
    static Set<String> inwardPhrases(String text) {
      Set<String> phrases = new LinkedHashSet<>();
      Matcher m = INWARD.matcher(text);
      while (m.find()) {
        phrases.add(m.group().toLowerCase(Locale.ROOT));
      }
      return phrases;
    }

    @Override
    protected Optional<ServiceVision> fact(Organization practices) {
      return practices.vision();
    }

    @Override
    protected Optional<Finding> judge(ServiceVision vision, RuleContext context) {
      Set<String> phrases = inwardPhrases(vision.statement());
      if (phrases.isEmpty()) {
        return Optional.empty();
      }
      String listed = phrases.stream().map(p -> '"' + p + '"').collect(Collectors.joining(", "));
      return Optional.of(finding(Severity.WARNING, "INWARD_WORDING",
          Map.of("vision", quoted(vision.statement()), "phrases", listed),
          List.of(statement(vision), Evidence.practice("vision.statement.inwardWording", String.join(", ", phrases)))));
    }
  }

  /**
   * {@code VISION.EMPLOYEE_INPUT}, advisory: input from employees was gathered before drafting, through
   * at least one channel (survey, focus groups, town halls...). This is the first step of the way the
   * method suggests writing a vision, not a property of the vision itself, so INFO advice, compliance
   * 0, when none was gathered ({@code noInputChannels}), and INFO that the fact is unknown, as an
   * observation, when the channels are not recorded.
   */
  static final class EmployeeInput extends BaseRule {
    EmployeeInput() {
      super("VISION.EMPLOYEE_INPUT", Dimension.VISION,
          "Employees' input was gathered before the vision was drafted.", Importance.ADVISORY);
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<ServiceVision> vision = vision(context);
      if (vision.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      if (!vision.get().inputChannelsRecorded()) {
        return notRecorded("vision.inputChannels", Map.of());
      }
      if (!vision.get().inputChannels().isEmpty()) {
        return RuleOutcome.compliance(1, List.of());
      }
      return RuleOutcome.compliance(0, List.of(finding(Severity.INFO, "NONE", Map.of(),
          List.of(Evidence.practice("vision.inputChannels", "none")))));
    }
  }

  /**
   * {@code VISION.DRAFTING_GROUP}, advisory: the vision was drafted by a group of {@link
   * RuleThresholds#draftingGroupMinSize()} to {@link RuleThresholds#draftingGroupMaxSize()} people
   * that spans levels, with both executives and frontline employees in the room (judged only when the
   * levels are known). The author's own practice for writing a vision, not a property of the vision:
   * compliance is the share of these criteria met, and each one missed is INFO advice, as is a group
   * from a single function or without a facilitator. Not applicable when the drafting group is
   * unknown.
   */
  static final class DraftingGroupSpan extends BaseRule {
    DraftingGroupSpan() {
      super("VISION.DRAFTING_GROUP", Dimension.VISION,
          "The vision was drafted by a cross-functional group of the right size spanning executives to"
              + " frontline.", Importance.ADVISORY);
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<DraftingGroup> found = vision(context).flatMap(ServiceVision::draftingGroup);
      if (found.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      DraftingGroup group = found.get();
      RuleThresholds t = context.thresholds();
      List<Finding> findings = new ArrayList<>();
      int criteria = 1;
      int met = 0;
      int size = group.size();
      if (size >= t.draftingGroupMinSize() && size <= t.draftingGroupMaxSize()) {
        met++;
      } else {
        findings.add(finding(Severity.INFO, size < t.draftingGroupMinSize() ? "TOO_SMALL" : "TOO_LARGE",
            Map.of("size", size, "minSize", t.draftingGroupMinSize(), "maxSize", t.draftingGroupMaxSize()),
            List.of(Evidence.practice("vision.draftingGroup.size", size),
                policy("draftingGroupMinSize", t.draftingGroupMinSize()),
                policy("draftingGroupMaxSize", t.draftingGroupMaxSize()))));
      }
      if (!group.levels().isEmpty()) {
        criteria++;
        Set<Level> missing = EnumSet.of(Level.EXECUTIVE, Level.FRONTLINE);
        missing.removeAll(group.levels());
        if (missing.isEmpty()) {
          met++;
        } else {
          findings.add(finding(Severity.INFO, "LEVELS_MISSING",
              Map.of("missing", names(missing), "present", names(group.levels())),
                  List.of(Evidence.practice("vision.draftingGroup.levels", names(group.levels())))));
        }
      }
      if (group.functions().size() == 1) {
        findings.add(finding(Severity.INFO, "ONE_FUNCTION",
            Map.of("function", group.functions().iterator().next()),
                List.of(Evidence.practice("vision.draftingGroup.functions", group.functions()))));
      }
      if (group.facilitated().equals(Optional.of(false))) {
        findings.add(finding(Severity.INFO, "NO_FACILITATOR", Map.of(),
            List.of(Evidence.practice("vision.draftingGroup.facilitated", false))));
      }
      return RuleOutcome.compliance((double) met / criteria, findings);
    }

    private static String names(Set<Level> levels) {
      return levels.stream().map(l -> l.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
  }

  /**
   * {@code VISION.GUT_CHECK}: the draft was tested on stakeholders who were not in the drafting
   * group, and at least {@link RuleThresholds#gutCheckMinPercent()} % of them recognized the
   * organization in it (the method expects about 95 %). Essential when recorded: recognition is the
   * evidence of the vision's third property, that it describes who the organization is on its best
   * day, so below the threshold it is a WARNING and compliance 0, and so is a vision recorded as never
   * gut-checked ({@code noGutCheck}). When the gut check is not recorded, the rule gives INFO that it
   * is unknown as an observation, without compliance, so that a fact nobody recorded neither lowers
   * nor pads the score.
   */
  static final class GutCheckRecognition extends BaseRule {
    GutCheckRecognition() {
      super("VISION.GUT_CHECK", Dimension.VISION,
          "Stakeholders outside the drafting group recognized the organization in the vision.");
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<ServiceVision> vision = vision(context);
      if (vision.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      double min = context.thresholds().gutCheckMinPercent();
      if (!vision.get().gutCheckRecorded()) {
        return notRecorded("vision.gutCheck", Map.of());
      }
      if (vision.get().gutCheck().isEmpty()) {
        return RuleOutcome.compliance(0, List.of(finding(Severity.WARNING, "NONE", Map.of(),
            List.of(Evidence.practice("vision.gutCheck", "none")))));
      }
      GutCheck check = vision.get().gutCheck().get();
      double recognition = check.recognitionPercent();
      if (recognition >= min) {
        return RuleOutcome.compliance(1, List.of());
      }
      return RuleOutcome.compliance(0, List.of(finding(Severity.WARNING, "LOW_RECOGNITION",
          Map.of("recognized", check.recognized(), "asked", check.stakeholdersAsked(),
              "recognitionPercent", recognition, "minPercent", min),
          List.of(Evidence.practice("vision.gutCheck.recognitionPercent", number(recognition)),
              Evidence.practice("vision.gutCheck.stakeholdersAsked", check.stakeholdersAsked()),
              policy("gutCheckMinPercent", number(min))))));
    }
  }
}
