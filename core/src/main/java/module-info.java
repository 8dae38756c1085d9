/**
 * The domain model of grassroots Party-building work: organisations, members and their lifecycle,
 * activities, dues, assessment records, the dataset that holds them and its interchange format.
 *
 * <p>Every package is exported but the two {@code internal} ones ({@code org.dangjian.core.internal},
 * {@code org.dangjian.core.json.internal}), which hold the implementation and may change in any release:
 * on the module path a consumer cannot reach them. Jackson and JSpecify are read transitively, as the
 * public API names their types ({@code ObjectMapper}, {@code @Nullable}); Guava is read but never shown.
 */
module org.dangjian.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.google.common;
  requires org.yaml.snakeyaml;
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.dangjian.core;
  exports org.dangjian.core.activity;
  exports org.dangjian.core.assessment;
  exports org.dangjian.core.dataset;
  exports org.dangjian.core.dues;
  exports org.dangjian.core.governance;
  exports org.dangjian.core.json;
  exports org.dangjian.core.member;
  exports org.dangjian.core.org;
  exports org.dangjian.core.parallel;
  exports org.dangjian.core.record;
  exports org.dangjian.core.statistics;
  exports org.dangjian.core.supervision;
  exports org.dangjian.core.time;

  // Jackson makes the serializers the internal writer names by reflection.
  opens org.dangjian.core.json.internal to com.fasterxml.jackson.databind;
}
