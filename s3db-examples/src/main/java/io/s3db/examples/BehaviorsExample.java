package io.s3db.examples;

import io.s3db.MetadataTooLargeException;
import io.s3db.S3db;
import io.s3db.events.ExceedsLimitEvent;
import io.s3db.events.S3dbListener;
import io.s3db.testing.EmbeddedS3;
import java.util.TreeMap;

/**
 * Records over S3's 2 KB of user metadata: a body-overflow article and an enforce-limits memo:
 * {@code mvn -q -pl s3db-examples -am compile exec:java
 * -Dexec.mainClass=io.s3db.examples.BehaviorsExample}.
 */
public final class BehaviorsExample {
  private BehaviorsExample() {}

  // snippet: listener
  /** Hears every record of the database that needed more than 2 KB of metadata. */
  static final class LimitWatch implements S3dbListener {
    @Override
    public void exceedsLimit(ExceedsLimitEvent e) {
      System.out.println(
          "over 2 KB "
              + e.resource()
              + " "
              + e.id()
              + ": "
              + e.size()
              + " bytes, stored as "
              + e.storedAs());
    }
  }

  // end snippet: listener

  public static void main(String[] args) {
    try (ExampleDatabase example =
        ExampleDatabase.open("behaviors-example", b -> b.listener(new LimitWatch()))) {
      S3db db = example.db();
      ArticleDao articles = ArticleDao.of(db);
      MemoDao memos = MemoDao.of(db);
      articles.deleteAll(); // start clean
      memos.deleteAll();

      // snippet: overflow
      Article small = articles.insert(new Article("a1", "Short", "fits in metadata"));
      Article big = articles.insert(new Article("a2", "Long", "x".repeat(5_000)));
      // reads put the record together again from metadata and body
      boolean same = articles.get(big.id()).equals(big);
      // end snippet: overflow
      System.out.println(
          "inserted  " + small.id() + " and " + big.id() + "; read back equal: " + same);

      EmbeddedS3 embedded = example.embedded();
      if (embedded != null) {
        String key = db.keyPrefix() + "/resource=articles/data/id=a2";
        System.out.println(
            "stored    metadata "
                + new TreeMap<>(
                    embedded.client().headObject(r -> r.bucket(db.bucket()).key(key)).metadata())
                + ", the body in the object's body");
      }

      // snippet: enforce
      try {
        memos.insert(new Memo("m1", "y".repeat(3_000)));
      } catch (MetadataTooLargeException e) {
        // thrown before any request: nothing was written
        System.out.println("refused   " + e.size() + " bytes, largest " + e.largestFields());
      }
      // end snippet: enforce
      System.out.println("memos     " + memos.count());
    }
  }
}
