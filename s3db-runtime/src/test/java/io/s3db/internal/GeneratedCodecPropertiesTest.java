package io.s3db.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.internal.format.Surrogates;
import io.s3db.it.User;
import io.s3db.it.UserCodec;
import io.s3db.it.UserDao;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The generated codec with the runtime's writer and reader: every record a user can build comes
 * back equal, and every value sent is something an HTTP header carries unchanged.
 */
class GeneratedCodecPropertiesTest {
  private static final ResourceSchema SCHEMA = new ResourceSchema(UserDao.DESCRIPTOR);
  private static final KeyMapping KEYS = identity(SCHEMA.paths());

  private static KeyMapping identity(List<String> paths) {
    Map<String, Integer> registry = new HashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      registry.put(paths.get(i), i);
    }
    return new KeyMapping(paths, registry, Set.of());
  }

  @Property(tries = 2000)
  void everyRecordRoundTrips(@ForAll("users") User user) {
    EncodingMetadataWriter writer = new EncodingMetadataWriter(KEYS, null);
    new UserCodec().encode(user, writer);
    for (Map.Entry<String, String> entry : writer.values().entrySet()) {
      String value = entry.getValue();
      assertTrue(
          value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e),
          () -> "not printable ASCII: " + value);
      assertTrue(
          value.isEmpty() || (value.charAt(0) != ' ' && value.charAt(value.length() - 1) != ' '),
          () -> "HTTP would trim: [" + value + "]");
    }
    User back =
        new UserCodec()
            .decode(
                user.id(),
                new DecodingMetadataReader(writer.values(), KEYS, null, "users", user.id()));
    assertEquals(user, back, () -> "sent " + escaped(writer.values().toString()));
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c ->
                out.append(
                    c >= 0x20 && c < 0x7f ? Character.toString(c) : String.format("\\u{%x}", c)));
    return out.toString();
  }

  @Provide
  Arbitrary<User> users() {
    Arbitrary<String> text =
        Arbitraries.oneOf(
            Arbitraries.strings()
                .all()
                .ofMaxLength(40)
                .filter(Surrogates::isWellFormed), // the validator rejects the rest
            Arbitraries.strings().withChars(" |\\:ud-b%{}[]\"\t\n").ofMaxLength(10),
            Arbitraries.of(
                "null",
                "undefined",
                "u:",
                "b:",
                "d:c",
                "completed",
                "application/json",
                "https://x.io/a",
                ""));
    Arbitrary<Double> doubles =
        Arbitraries.oneOf(
            Arbitraries.doubles(),
            Arbitraries.of(
                0.0,
                -0.0,
                0.1,
                1e21,
                1e-7,
                1.5e-7,
                123456789012345680000.0,
                Double.MIN_VALUE,
                Double.MAX_VALUE,
                -Double.MAX_VALUE,
                9007199254740993.0));
    Arbitrary<User.Profile> profiles =
        Combinators.combine(text.injectNull(0.3), text).as(User.Profile::new);
    return Combinators.combine(
            Combinators.combine(
                    Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(22),
                    text,
                    text,
                    Arbitraries.integers(),
                    doubles,
                    doubles,
                    Arbitraries.of(true, false),
                    profiles)
                .as(Partial::new),
            text,
            Arbitraries.longs(),
            Arbitraries.integers().injectNull(0.5),
            Arbitraries.of(true, false).injectNull(0.5),
            doubles.injectNull(0.5),
            Arbitraries.longs().injectNull(0.5))
        .as(
            (p, region, visits, height, verified, rating, lastSeen) ->
                new User(
                    p.id, p.name, p.email, p.age, p.score, p.balance, p.active, p.profile, region,
                    visits, height, verified, rating, lastSeen));
  }

  private record Partial(
      String id,
      String name,
      String email,
      int age,
      double score,
      double balance,
      boolean active,
      User.Profile profile) {}
}
