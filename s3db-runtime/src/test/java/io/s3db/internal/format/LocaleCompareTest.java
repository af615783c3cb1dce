package io.s3db.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The field order of partition keys, as Node's {@code ['…'].sort((a, b) => a.localeCompare(b))}
 * gives it.
 */
class LocaleCompareTest {

  @Test
  void sortsLikeIcuRootCollationForFieldPaths() {
    // checked with Node 20: [...].sort((a, b) => a.localeCompare(b))
    List<String> fields =
        new ArrayList<>(
            List.of(
                "profile.country",
                "plan",
                "Zone",
                "apple",
                "a_b",
                "ab",
                "a.b",
                "a1",
                "A",
                "a",
                "utm.source",
                "category",
                "_v",
                "createdAt",
                "createdat",
                "a$b"));
    fields.sort(LocaleCompare.ORDER);
    assertEquals(
        List.of(
            "_v",
            "a",
            "A",
            "a_b",
            "a.b",
            "a$b",
            "a1",
            "ab",
            "apple",
            "category",
            "createdat",
            "createdAt",
            "plan",
            "profile.country",
            "utm.source",
            "Zone"),
        fields);
  }
}
