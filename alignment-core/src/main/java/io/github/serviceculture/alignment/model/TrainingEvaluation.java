package io.github.serviceculture.alignment.model;

/**
 * How a training program is judged.
 *
 * <p>Only judging what people can do ({@link #isPerformanceBased()}) shows whether training worked;
 * attendance, satisfaction surveys ("smile sheets") and quizzes do not.
 *
 * @since 0.1.0
 */
public enum TrainingEvaluation {
  /** Counting who attended. */
  ATTENDANCE(false),
  /** Asking participants whether they liked it. */
  SATISFACTION_SURVEY(false),
  /** A knowledge test. */
  QUIZ(false),
  /** Trainees show the skill in a simulation or role play, against a standard. */
  DEMONSTRATION(true),
  /** Trainees are observed doing the real job, against a standard. */
  ON_THE_JOB_OBSERVATION(true);

  private final boolean performanceBased;

  TrainingEvaluation(boolean performanceBased) {
    this.performanceBased = performanceBased;
  }

  /**
   * Whether this method judges what people can do rather than what they attended, liked or recall.
   *
   * @return true for demonstration and on-the-job observation
   */
  public boolean isPerformanceBased() {
    return performanceBased;
  }
}
