package io.s3db.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.s3db.S3db;
import io.s3db.testing.TestBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What the server holds of the parcels under one key prefix, read directly with the plain client
 * (no proxy, no injected fault): every stored record, and every key under the resource's {@code
 * partition=} prefix. The references are compared with what the stored records' values name, key by
 * key, rather than through the library's own listing, so that a stale or missing reference cannot
 * hide behind the reader that would skip it.
 */
final class Census {
  private final String prefix;
  final Map<String, Parcel> records;
  final Set<String> refs;
  final Set<String> stale = new TreeSet<>();
  final Set<String> missing = new TreeSet<>();

  private Census(String prefix, Map<String, Parcel> records, Set<String> refs) {
    this.prefix = prefix;
    this.records = records;
    this.refs = refs;
    Set<String> named = new TreeSet<>();
    records.values().forEach(p -> named.add(refKey(p.zone(), p.id())));
    refs.stream().filter(key -> !named.contains(key)).forEach(stale::add);
    named.stream().filter(key -> !refs.contains(key)).forEach(missing::add);
  }

  /** Takes the census of the parcels under {@code prefix} in the test bucket. */
  static Census take(TestBucket bucket, String prefix) {
    S3Client direct = bucket.client();
    Map<String, Parcel> records = new TreeMap<>();
    try (S3db db = S3db.builder().client(direct).bucket(bucket.name()).keyPrefix(prefix).build()) {
      ParcelDao.of(db).list().forEach(p -> records.put(p.id(), p));
    }
    Set<String> refs = new TreeSet<>();
    direct
        .listObjectsV2Paginator(
            b -> b.bucket(bucket.name()).prefix(prefix + "/resource=parcels/partition="))
        .contents()
        .forEach(o -> refs.add(o.key()));
    return new Census(prefix, records, refs);
  }

  String refKey(String zone, String id) {
    return prefix + "/resource=parcels/partition=byZone/zone=" + zone + "/id=" + id;
  }

  /** The figures, for the test output. */
  String figures() {
    return records.size()
        + " records, "
        + refs.size()
        + " references, "
        + stale.size()
        + " stale, "
        + missing.size()
        + " missing";
  }

  /**
   * Asserts every reference is named by a stored record and every stored record's reference exists,
   * and that the library's listIds and count of each zone agree with the stored records.
   */
  void assertExact(ParcelDao parcels, List<String> zones) {
    assertEquals(Set.of(), stale, "stale references (no stored record names them)");
    assertEquals(Set.of(), missing, "missing references (stored records not listed in their zone)");
    for (String zone : zones) {
      List<String> expected = new ArrayList<>();
      records.values().stream()
          .filter(p -> p.zone().equals(zone))
          .forEach(p -> expected.add(p.id()));
      List<String> listed = new ArrayList<>(parcels.listIds(ParcelPartitions.byZone(zone)));
      listed.sort(null);
      assertEquals(expected, listed, "listIds of zone " + zone);
      assertEquals(
          expected.size(), parcels.count(ParcelPartitions.byZone(zone)), "count of zone " + zone);
    }
  }
}
