package io.s3db.internal;

import io.s3db.internal.StoredMeaning.Kind;
import io.s3db.internal.crypto.SecretCipher;
import io.s3db.it.User;
import io.s3db.it.UserCodec;
import io.s3db.it.UserDao;
import io.s3db.types.Everything;
import io.s3db.types.EverythingCodec;
import io.s3db.types.EverythingDao;
import io.s3db.types.EverythingValidator;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every value decoder against corrupted stored values ({@link Corruptions}): every type of {@link
 * Everything}, and {@link User}'s booleans and nested record.
 */
class CorruptedValuesPropertiesTest {
  private static final Corruptions<Everything> EVERYTHING =
      new Corruptions<>(
              "everything",
              new EverythingCodec(),
              new ResourceSchema(EverythingDao.DESCRIPTOR).paths(),
              new SecretCipher("fuzz-passphrase"))
          .field("tiny", Kind.INTEGER, Everything::tiny)
          .field("small", Kind.INTEGER, Everything::small)
          .field("ratio", Kind.DECIMAL, Everything::ratio)
          .field("maybeTiny", Kind.INTEGER, Everything::maybeTiny)
          .field("maybeSmall", Kind.INTEGER, Everything::maybeSmall)
          .field("maybeRatio", Kind.DECIMAL, Everything::maybeRatio)
          .field("price", Kind.BIG_DECIMAL, Everything::price)
          .field("status", Kind.ENUM, Everything::status)
          .field("previous", Kind.ENUM, Everything::previous)
          .field("ref", Kind.UUID, Everything::ref)
          .field("at", Kind.DATETIME, Everything::at)
          .field("when", Kind.DATETIME, e -> e.when().toInstant())
          .field("day", Kind.DATEONLY, Everything::day)
          .field("tags", Kind.TEXTS, Everything::tags)
          .field("flags", Kind.ENUM_SET, Everything::flags)
          .field("counts", Kind.INTEGERS, Everything::counts)
          .field("longs", Kind.INTEGERS, Everything::longs)
          .field("weights", Kind.DECIMALS, Everything::weights)
          .field("floats", Kind.DECIMALS, Everything::floats)
          .field("switches", Kind.BOOLEANS, Everything::switches)
          .field("refs", Kind.UUIDS, Everything::refs)
          .field("amounts", Kind.BIG_DECIMALS, Everything::amounts)
          .field("maybeTags", Kind.TEXTS, Everything::maybeTags)
          .field("attributes", Kind.JSON, e -> JsonValues.toNode(e.attributes()))
          .field("labels", Kind.JSON, e -> JsonValues.toNode(e.labels()))
          .field("doc", Kind.JSON, Everything::doc)
          .field("maybeRef", Kind.UUID, Everything::maybeRef)
          .field("maybeAt", Kind.DATETIME, Everything::maybeAt)
          .field("maybeDay", Kind.DATEONLY, Everything::maybeDay)
          .field("state", Kind.TEXT, Everything::state)
          .field("priority", Kind.INTEGER, Everything::priority)
          .field("fallback", Kind.ENUM, Everything::fallback)
          .secret("password", Everything::password)
          .secret("apiKey", Everything::apiKey);

  private static final Corruptions<User> USERS =
      new Corruptions<>(
              "users", new UserCodec(), new ResourceSchema(UserDao.DESCRIPTOR).paths(), null)
          .field("name", Kind.TEXT, User::name)
          .field("email", Kind.TEXT, User::email)
          .field("age", Kind.INTEGER, User::age)
          .field("score", Kind.DECIMAL, User::score)
          .field("balance", Kind.DECIMAL, User::balance)
          .field("active", Kind.BOOLEAN, User::active)
          .notStored("profile")
          .field("profile.bio", Kind.TEXT, u -> u.profile().bio())
          .field("profile.city", Kind.TEXT, u -> u.profile().city())
          .field("region", Kind.TEXT, User::region)
          .field("visits", Kind.INTEGER, User::visits)
          .field("height", Kind.INTEGER, User::height)
          .field("verified", Kind.BOOLEAN, User::verified)
          .field("rating", Kind.DECIMAL, User::rating)
          .field("lastSeen", Kind.INTEGER, User::lastSeen);

  @Property(tries = 2000)
  void everyTypeOfValue(@ForAll long seed) {
    Random r = new Random(seed);
    Everything record =
        new EverythingCodec()
            .applyDefaults(EveryTypePropertiesTest.random(r), () -> "generated-pw");
    if (new EverythingValidator().validate(record).isEmpty()) { // else a record no one can store
      EVERYTHING.check(record, record.id(), r);
    }
  }

  @Property(tries = 2000)
  void booleansAndNestedRecords(@ForAll("users") User user, @ForAll long seed) {
    USERS.check(user, user.id(), new Random(seed));
  }

  @Provide
  Arbitrary<User> users() {
    return new GeneratedCodecPropertiesTest().users();
  }

  @Example
  void everyPathHasAKind() {
    EVERYTHING.checkEveryPathIsCovered();
    USERS.checkEveryPathIsCovered();
  }
}
