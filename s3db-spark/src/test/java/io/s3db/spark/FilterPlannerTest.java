package io.s3db.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.documents.PartitionDescription;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.sources.EqualTo;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.sources.GreaterThan;
import org.apache.spark.sql.sources.GreaterThanOrEqual;
import org.apache.spark.sql.sources.In;
import org.apache.spark.sql.sources.IsNotNull;
import org.apache.spark.sql.sources.LessThan;
import org.apache.spark.sql.sources.LessThanOrEqual;
import org.junit.jupiter.api.Test;

/** Which filters become listing bounds or partition prefixes, without starting Spark. */
class FilterPlannerTest {
  private final FilterPlanner planner =
      new FilterPlanner(
          List.of(
              new PartitionDescription("byStatus", List.of("status")),
              new PartitionDescription("byStatusAndDay", List.of("status", "day")),
              new PartitionDescription("byCity", List.of("shipTo.city"))));

  @Test
  void equalityOnEveryFieldPicksTheNarrowestPartition() {
    Filter status = new EqualTo("status", "PAID");
    Filter day = new EqualTo("day", java.sql.Date.valueOf("2026-11-24"));
    FilterPlanner.Result result = planner.plan(new Filter[] {status, day, new IsNotNull("x")});
    assertEquals("byStatusAndDay", result.plan().partition());
    assertEquals(
        List.of(Map.of("status", "PAID", "day", LocalDate.of(2026, 11, 24))), result.plan().keys());
    assertEquals(List.of(status, day), result.pushed());
    assertTrue(result.postScan().containsAll(List.of(status, day)), "Spark checks them again");
  }

  @Test
  void inListsEachValuesKey() {
    FilterPlanner.Result result =
        planner.plan(new Filter[] {new In("shipTo.city", new Object[] {"Faro", "Braga"})});
    assertEquals("byCity", result.plan().partition());
    assertEquals(
        List.of(Map.of("shipTo.city", "Faro"), Map.of("shipTo.city", "Braga")),
        result.plan().keys());
  }

  @Test
  void aPartitionWithAFieldLeftOutIsNotUsed() {
    FilterPlanner.Result result = planner.plan(new Filter[] {new EqualTo("day", "2026-11-24")});
    assertNull(result.plan().partition());
    assertTrue(result.pushed().isEmpty());
  }

  @Test
  void idComparisonsBecomeBoundsAndAreHandled() {
    Filter[] filters = {
      new GreaterThan("id", "b"),
      new GreaterThanOrEqual("id", "c"),
      new LessThan("id", "x"),
      new LessThanOrEqual("id", "y")
    };
    FilterPlanner.Result result = planner.plan(filters);
    IdRange range = result.plan().range();
    assertEquals(new IdRange("c", true, "x", false), range);
    assertEquals("", String.valueOf(range.listAfter()).replace("null", ""), "c's prefix");
    assertEquals("x", range.listUpTo());
    assertTrue(range.contains("c") && range.contains("wz"));
    assertFalse(range.contains("x") || range.contains("bz"));
    assertEquals(4, result.pushed().size());
    assertTrue(result.postScan().isEmpty());
  }

  @Test
  void idEqualityAndInAreReadByIds() {
    FilterPlanner.Result result =
        planner.plan(
            new Filter[] {
              new In("id", new Object[] {"a", "b", "c"}),
              new EqualTo("status", "PAID"),
              new LessThan("id", "c")
            });
    assertEquals(List.of("a", "b"), result.plan().ids());
    assertEquals(List.of(new EqualTo("status", "PAID")), result.postScan());
  }

  @Test
  void keysCompareAsUtf8Bytes() {
    // U+FF5E sorts after U+1F600 in UTF-16 but before it in UTF-8, as S3 sorts keys
    assertTrue(IdRange.compare("\uFF5E", "\uD83D\uDE00") < 0);
  }
}
