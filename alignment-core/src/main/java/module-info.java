/**
 * Service-culture alignment assessments: the model of an organization's practices, survey
 * instruments and responses, the statistics of shared perception, rules and the scoring engine.
 * Free of JSON and I/O.
 */
module io.github.serviceculture.alignment {
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;
  requires org.apache.commons.numbers.gamma;
  requires org.apache.commons.statistics.distribution;
  requires org.slf4j;

  exports io.github.serviceculture.alignment;
  exports io.github.serviceculture.alignment.model;
  exports io.github.serviceculture.alignment.stats;
  exports io.github.serviceculture.alignment.survey;
  exports io.github.serviceculture.alignment.perception;
  exports io.github.serviceculture.alignment.rules;
  exports io.github.serviceculture.alignment.scoring;
  exports io.github.serviceculture.alignment.norms;
}
