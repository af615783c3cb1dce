package io.s3db.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.s3db.S3db;
import io.s3db.documents.Documents;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Slices, carrying their ids or only their bounds, cover the key space once: read through the
 * tasks' reader, without starting Spark.
 */
class SlicePlannerTest {

  @Test
  void slicesOfIdsAndSlicesOfBoundsReadEveryRecordOnce() {
    String uri = SparkFixture.seeded(25);
    S3dbOptions options = new S3dbOptions(uri, "orders", SparkFixture.PASSPHRASE, 4, 0);
    try (S3db db = options.open()) {
      Documents orders = db.documents("orders");
      List<String> all = orders.listIds();
      StructType idOnly = new StructType().add("id", "string");
      StructType withStatus = idOnly.add("status", "string");
      for (int maxShipped : new int[] {0, SlicePlanner.MAX_SHIPPED_IDS}) {
        List<IdSlice> slices = SlicePlanner.slices(orders, ReadPlan.ALL, 4, maxShipped);
        assertEquals(4, slices.size());
        for (IdSlice slice : slices) {
          if (maxShipped == 0) {
            assertNull(slice.ids());
          } else {
            assertNotNull(slice.ids());
          }
        }
        assertEquals(all, read(options, idOnly, slices), "ids alone, max " + maxShipped);
        assertEquals(all, read(options, withStatus, slices), "documents, max " + maxShipped);
      }
    }
  }

  private static List<String> read(S3dbOptions options, StructType schema, List<IdSlice> slices) {
    List<String> ids = new ArrayList<>();
    for (IdSlice slice : slices) {
      try (SliceReader reader = new SliceReader(options, schema, slice)) {
        while (reader.next()) {
          ids.add(reader.get().getUTF8String(0).toString());
        }
      }
    }
    return ids;
  }
}
