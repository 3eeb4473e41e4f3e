package io.github.serviceculture.alignment.model;

/**
 * A way of assessing a job candidate for a trait.
 *
 * @since 0.1.0
 */
public enum CandidateAssessment {
  /** Reading the candidate's resume or application. */
  RESUME_SCREEN,
  /** An interview with set questions and scoring. */
  STRUCTURED_INTERVIEW,
  /** Questions about how the candidate acted in past situations. */
  BEHAVIORAL_INTERVIEW,
  /** A role play or simulation of real work. */
  JOB_SIMULATION,
  /** A task from the job done for real. */
  WORK_SAMPLE,
  /** A validated questionnaire. */
  PERSONALITY_ASSESSMENT,
  /** Conversations with former colleagues or managers. */
  REFERENCE_CHECK
}
