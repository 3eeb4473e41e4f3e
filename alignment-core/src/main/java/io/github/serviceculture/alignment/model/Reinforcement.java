package io.github.serviceculture.alignment.model;

/**
 * A way of reinforcing training on the job, so that what was learned does not fade.
 *
 * @since 0.1.0
 */
public enum Reinforcement {
  /** Regular coaching by a supervisor or peer. */
  COACHING,
  /** Pairing with an experienced colleague. */
  PEER_MENTORING,
  /** Short follow-up sessions after the initial training. */
  REFRESHER_SESSIONS,
  /** Checklists, guides or reference material used at work. */
  JOB_AIDS,
  /** Short regular team meetings that revisit skills and standards. */
  TEAM_HUDDLES,
  /** Experienced staff improve the workflow, such as by writing knowledge-base articles. */
  KNOWLEDGE_BASE_CONTRIBUTION
}
