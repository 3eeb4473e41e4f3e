package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.Codecs.BOOLEAN;
import static io.github.serviceculture.alignment.json.Codecs.INT;
import static io.github.serviceculture.alignment.json.Codecs.STRING;
import static io.github.serviceculture.alignment.json.Codecs.enumeration;
import static io.github.serviceculture.alignment.json.Codecs.list;
import static io.github.serviceculture.alignment.json.Codecs.stringMap;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import io.github.serviceculture.alignment.survey.GroupHeadcount;
import io.github.serviceculture.alignment.survey.Headcounts;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.Scale;
import java.util.List;
import java.util.OptionalInt;

/**
 * The survey's instrument and the respondents. Response sets are read by {@link ResponseSetCodec},
 * which checks every answer against the instrument.
 */
final class SurveyCodecs {
  private SurveyCodecs() {}

  static final Codec<Scale> SCALE = ObjectCodec.of("Scale", Scale::builder, Scale.Builder::build)
      .required("lowest", INT, Scale::lowest, Scale.Builder::lowest)
      .required("highest", INT, Scale::highest, Scale.Builder::highest)
      .withDefault("labels", list(STRING), Scale::labels, Scale.Builder::labels)
      .optionalInt("dontKnowCode", Scale::dontKnowCode, Scale.Builder::dontKnowCode)
      .build();

  static final Codec<Item> ITEM = ObjectCodec.of("Item", Item::builder, Item.Builder::build)
      .required("id", STRING, Item::id, Item.Builder::id)
      .required("dimension", enumeration(Dimension.class), Item::dimension, Item.Builder::dimension)
      .required("text", STRING, Item::text, Item.Builder::text)
      .withDefault("reverseKeyed", BOOLEAN, Item::isReverseKeyed, Item.Builder::reverseKeyed)
      .optionalDouble("weight", Item::weight, Item.Builder::weight)
      .optional("engagementQuestion", enumeration(EngagementQuestion.class), Item::engagementQuestion,
          Item.Builder::engagementQuestion)
      .optional("probes", STRING, Item::probes, Item.Builder::probes)
      .build();

  static final Codec<Instrument> INSTRUMENT = ObjectCodec.of("Instrument", Instrument::builder,
          Instrument.Builder::build)
      .required("id", STRING, Instrument::id, Instrument.Builder::id)
      .required("version", STRING, Instrument::version, Instrument.Builder::version)
      .required("scale", SCALE, Instrument::scale, Instrument.Builder::scale)
      .required("items", list(ITEM), Instrument::items, Instrument.Builder::items)
      .build();

  static final Codec<Respondent> RESPONDENT = ObjectCodec.of("Respondent", Respondent::builder,
          Respondent.Builder::build)
      .required("id", STRING, Respondent::id, Respondent.Builder::id)
      .optional("level", enumeration(Level.class), Respondent::level, Respondent.Builder::level)
      .optional("department", STRING, Respondent::department, Respondent.Builder::department)
      .optional("customerFacing", BOOLEAN, Respondent::customerFacing, Respondent.Builder::customerFacing)
      .withDefault("attributes", stringMap(STRING), Respondent::attributes, Respondent.Builder::attributes)
      .build();

  /**
   * One response on its own, as the Jackson module maps it; its answers are checked against an
   * instrument only inside a response set.
   */
  static final Codec<Response> RESPONSE = ObjectCodec.of("Response", Response::builder, Response.Builder::build)
      .required("respondent", RESPONDENT, Response::respondent, Response.Builder::respondent)
      .withDefault("answers", stringMap(INT), Response::answers, Response.Builder::answers)
      .build();
  /** A group's headcount has no builder; its parts are gathered here and passed to {@link GroupHeadcount#of}. */
  private static final class GroupHeadcountParts {
    String attribute;
    String value;
    int headcount;

    GroupHeadcount build() {
      return GroupHeadcount.of(attribute, value, headcount);
    }
  }

  static final Codec<GroupHeadcount> GROUP_HEADCOUNT = ObjectCodec.of("GroupHeadcount", GroupHeadcountParts::new,
          GroupHeadcountParts::build)
      .required("attribute", STRING, GroupHeadcount::attribute, (b, v) -> b.attribute = v)
      .required("value", STRING, GroupHeadcount::value, (b, v) -> b.value = v)
      .required("headcount", INT, GroupHeadcount::headcount, (b, v) -> b.headcount = v)
      .build();

  /** Headcounts have no builder; their parts are gathered here and passed to {@link Headcounts#of}. */
  private static final class HeadcountsParts {
    OptionalInt organization = OptionalInt.empty();
    List<GroupHeadcount> groups = List.of();

    Headcounts build() {
      return Headcounts.of(organization, groups);
    }
  }

  /** The employer's headcounts of an assessment (format 1.3). */
  static final Codec<Headcounts> HEADCOUNTS = ObjectCodec.of("Headcounts", HeadcountsParts::new,
          HeadcountsParts::build)
      .optionalInt("organization", Headcounts::organization, (b, v) -> b.organization = OptionalInt.of(v))
      .withDefault("groups", list(GROUP_HEADCOUNT), Headcounts::groups, (b, v) -> b.groups = v)
      .build();
}
