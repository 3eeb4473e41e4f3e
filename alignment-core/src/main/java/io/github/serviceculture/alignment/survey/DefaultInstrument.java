package io.github.serviceculture.alignment.survey;

import io.github.serviceculture.alignment.model.Dimension;

/**
 * The library's ready-made questionnaire: five or six statements per dimension on the five-point
 * agreement scale, some reverse-keyed, plus the three engagement questions. Each item's {@link
 * Item#probes()} names the criterion of the framework it checks.
 *
 * <p>Item ids are stable within a version: a changed statement means a new {@link #VERSION}.
 *
 * @since 0.1.0
 */
public final class DefaultInstrument {
  /** The id of the default instrument. */
  public static final String ID = "service-culture-alignment";
  /** The version of the default instrument. */
  public static final String VERSION = "1.0";

  private static final Instrument INSTRUMENT = build();

  private DefaultInstrument() {}

  /**
   * Returns the default instrument.
   *
   * @return the instrument {@value #ID} version {@value #VERSION}
   */
  public static Instrument instrument() {
    return INSTRUMENT;
  }

  private static Instrument build() {
    Instrument.Builder b = Instrument.builder().id(ID).version(VERSION).scale(Scale.agreement5());

    Dimension d = Dimension.VISION;
    b.addItem(item("VIS_DEFINED", d, false, "a shared definition of outstanding service exists",
        "We have a clear description of what outstanding service looks like here."));
    b.addItem(item("VIS_SIMPLE", d, false, "the vision is simple and easily understood",
        "The way we describe great service is simple enough to remember without looking it up."));
    b.addItem(item("VIS_CUSTOMER", d, false, "the vision is customer-focused",
        "Our service vision is about what customers experience, not about our own targets."));
    b.addItem(item("VIS_BEST_DAY", d, false, "the vision reflects who we are now and want to be",
        "Our service vision describes the service we give on our best day."));
    b.addItem(item("VIS_DIVIDED", d, true, "everyone points the same way",
        "Different teams here have different ideas of what good service means."));
    b.addItem(item("VIS_INPUT", d, false, "the vision was made with employee input",
        "Employees like me had a chance to shape how we describe great service."));
    b.addItem(engagement("ENG_STATE", EngagementQuestion.CAN_STATE_VISION,
        "I could state our customer service vision in my own words right now."));
    b.addItem(engagement("ENG_MEANING", EngagementQuestion.KNOWS_WHAT_IT_MEANS,
        "I know what our customer service vision means for the work I do every day."));
    b.addItem(engagement("ENG_CONTRIBUTE", EngagementQuestion.KNOWS_OWN_CONTRIBUTION,
        "I can name at least one way I personally contribute to our customer service vision."));

    d = Dimension.GOALS;
    b.addItem(item("GOA_CUSTOMER", d, false, "goals focus attention on the customer",
        "The goals I am measured on keep my attention on what customers need."));
    b.addItem(item("GOA_TEAM", d, false, "goals promote teamwork",
        "My team shares goals that we can only reach by helping each other."));
    b.addItem(item("GOA_COMPETE", d, true, "goals do not reward selfishness",
        "Our goals push people to compete with colleagues for the easy work."));
    b.addItem(item("GOA_GAMING", d, true, "goals do not divert attention from customers",
        "People here chase the numbers even when it is not what the customer needs."));
    b.addItem(item("GOA_MOTIVATION", d, false, "goals rely on internal motivation rather than rewards",
        "I work toward our service goals because I care about them, not only for a reward."));
    b.addItem(item("GOA_LINK", d, false, "goals are aligned with the vision",
        "I know how my goals connect to our service vision."));

    d = Dimension.HIRING;
    b.addItem(item("HIR_HELPERS", d, false, "hiring selects for service traits",
        "We hire people who genuinely enjoy helping others."));
    b.addItem(item("HIR_CHARACTER", d, false, "hire for traits, train for skills",
        "When we hire, we weigh character as much as skills."));
    b.addItem(item("HIR_RUSHED", d, true, "hiring is not just filling seats",
        "New colleagues are often hired mainly to fill a seat quickly."));
    b.addItem(item("HIR_PREVIEW", d, false, "candidates get a realistic job preview",
        "Candidates get a realistic picture of this job before they accept it."));
    b.addItem(item("HIR_FIT", d, false, "new hires fit the service culture",
        "The people who join us usually fit our service culture."));
    b.addItem(item("HIR_STANDARDS", d, false, "service traits are not traded for speed of hiring",
        "We would rather leave a job open than hire someone who does not care about customers."));

    d = Dimension.TRAINING;
    b.addItem(item("TRA_EVERYONE", d, false, "everyone is trained in the service culture",
        "Everyone here, not only customer-facing staff, learns how we serve customers."));
    b.addItem(item("TRA_STANDARD", d, false, "a fully trained standard exists",
        "I know what a fully trained person in my role is able to do."));
    b.addItem(item("TRA_DEMONSTRATED", d, false, "training is judged by demonstrated performance",
        "My training was judged by what I could actually do, not by a test or by attendance."));
    b.addItem(item("TRA_FADES", d, true, "training is reinforced on the job",
        "What we learn in training is soon forgotten on the job."));
    b.addItem(item("TRA_VETERANS", d, false, "experienced staff improve the workflow",
        "Experienced colleagues help improve how we work, for example by sharing what they know."));

    d = Dimension.EMPOWERMENT;
    b.addItem(item("EMP_DECIDE", d, false, "decisions without approval",
        "I can resolve most customer problems without asking a manager for permission."));
    b.addItem(item("EMP_GUIDELINES", d, false, "known guidelines and authority to bend a rule",
        "I know when I am allowed to bend a rule for a customer."));
    b.addItem(item("EMP_RESOURCES", d, false, "resources: products, services and tools",
        "I have the tools and information I need to serve customers well."));
    b.addItem(item("EMP_SAY_NO", d, true, "process: few situations where employees must say no",
        "Our processes often force me to tell customers no."));
    b.addItem(item("EMP_FIXED", d, false, "the causes of saying no are reviewed and fixed",
        "When a policy keeps frustrating customers, someone looks into fixing it."));

    d = Dimension.LEADERSHIP;
    b.addItem(item("LEA_TALK", d, false, "leaders discuss the vision regularly",
        "Leaders here talk about our service vision regularly."));
    b.addItem(item("LEA_PRESENT", d, false, "leaders visit the front line and serve customers",
        "Senior leaders spend time where the work with customers happens."));
    b.addItem(item("LEA_LISTEN", d, false, "leaders listen to frontline employees",
        "Leaders listen to frontline employees about what customers need."));
    b.addItem(item("LEA_PRAISE", d, false, "leaders give positive, specific feedback",
        "My manager tells me specifically what I did well when I serve a customer well."));
    b.addItem(item("LEA_ACCOUNT", d, false, "leaders hold people accountable",
        "People here are held accountable for the service they give."));
    b.addItem(item("LEA_DOUBLE", d, true, "leaders treat employees as employees should treat customers",
        "Leaders treat employees in ways they would never accept us treating customers."));
    return b.build();
  }

  private static Item item(String id, Dimension dimension, boolean reversed, String probes, String text) {
    return Item.builder().id(id).dimension(dimension).reverseKeyed(reversed).probes(probes).text(text).build();
  }

  private static Item engagement(String id, EngagementQuestion question, String text) {
    return Item.builder().id(id).dimension(Dimension.VISION).engagementQuestion(question)
        .probes("engagement: employees can answer the three questions").text(text).build();
  }
}
