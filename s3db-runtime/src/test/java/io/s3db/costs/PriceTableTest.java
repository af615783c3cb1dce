package io.s3db.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The price arithmetic is exact, and every S3 operation s3db sends falls in its AWS tier. */
class PriceTableTest {
  private static final PriceTable STANDARD = PriceTable.S3_STANDARD_US_EAST_1;

  @Test
  void thousandRequestsCostExactlyTheListedPrice() {
    assertExactly("0.005", STANDARD.cost(RequestClass.PUT_COPY_POST_LIST, 1_000));
    assertExactly("0.0004", STANDARD.cost(RequestClass.GET_AND_OTHER, 1_000));
    assertExactly("0", STANDARD.cost(RequestClass.DELETE, 1_000_000));
    assertExactly("0.000005", STANDARD.cost(RequestClass.PUT_COPY_POST_LIST, 1));
    assertExactly("0.0000004", STANDARD.cost(RequestClass.GET_AND_OTHER, 1));
    // where a binary floating sum of 0.0000004 drifts, a decimal one does not
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < 1_000_000; i++) {
      sum = sum.add(STANDARD.cost(RequestClass.GET_AND_OTHER, 1));
    }
    assertExactly("0.4", sum);
    assertExactly(
        "3689348814741.9103228", STANDARD.cost(RequestClass.GET_AND_OTHER, Long.MAX_VALUE));
  }

  @Test
  void anotherRegionOrClassIsATableOfItsOwn() {
    PriceTable infrequent = PriceTable.perThousand("0.01", "0.001");
    assertExactly("0.01", infrequent.cost(RequestClass.PUT_COPY_POST_LIST, 1_000));
    assertExactly("0.000001", infrequent.cost(RequestClass.GET_AND_OTHER, 1));
    assertExactly("0", infrequent.cost(RequestClass.DELETE, 5));
    PriceTable chargingDeletes =
        new PriceTable(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("0.002"));
    assertExactly("0.000002", chargingDeletes.cost(RequestClass.DELETE, 1));
    assertThrows(IllegalArgumentException.class, () -> PriceTable.perThousand("-1", "0"));
    assertThrows(IllegalArgumentException.class, () -> STANDARD.cost(RequestClass.DELETE, -1));
  }

  @Test
  void operationsFallInTheirTiers() {
    Map<RequestClass, List<String>> tiers =
        Map.of(
            RequestClass.PUT_COPY_POST_LIST,
            List.of(
                "PutObject:PUT",
                "CopyObject:PUT",
                "CreateMultipartUpload:POST",
                "UploadPart:PUT",
                "UploadPartCopy:PUT",
                "CompleteMultipartUpload:POST",
                "ListObjectsV2:GET",
                "ListObjects:GET",
                "ListParts:GET",
                "ListMultipartUploads:GET",
                "ListBuckets:GET",
                "CreateBucket:PUT",
                "PutObjectTagging:PUT"),
            RequestClass.GET_AND_OTHER,
            List.of(
                "GetObject:GET",
                "HeadObject:HEAD",
                "HeadBucket:HEAD",
                "GetObjectTagging:GET",
                "SelectObjectContent:POST"),
            RequestClass.DELETE,
            List.of(
                "DeleteObject:DELETE",
                "DeleteObjects:POST",
                "AbortMultipartUpload:DELETE",
                "DeleteBucket:DELETE"));
    tiers.forEach((tier, requests) -> requests.forEach(r -> assertEquals(tier, classOf(r), r)));
  }

  private static RequestClass classOf(String operationAndMethod) {
    String[] parts = operationAndMethod.split(":");
    return RequestClass.of(parts[0], parts[1]);
  }

  private static void assertExactly(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), actual.toPlainString());
  }
}
