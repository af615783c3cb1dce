package io.s3db.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.PageRequest;
import io.s3db.PartitionKey;
import io.s3db.documents.Documents;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A typed DAO and a document view of one cached resource: each gets answers of its own type, and a
 * caller changing a document it was given changes neither the cache nor what others are given.
 */
@ExtendWith(S3ServerExtension.class)
class CacheDocumentsTest {

  @Test
  void aTypedDaoAndADocumentViewOfOneResourceEachGetTheirOwnType(TestBucket bucket) {
    try (CachedDatabase cached =
        new CachedDatabase(
            bucket, "typed-and-documents", CachePlugin.builder().resource("items").build())) {
      ItemDao items = ItemDao.of(cached.db);
      items.insert(new Item("i1", "red", 1));
      Documents documents = cached.db.documents("items");

      assertEquals(new Item("i1", "red", 1), items.get("i1"));
      assertEquals(1, documents.get("i1").get("n").intValue());
      assertEquals(List.of(new Item("i1", "red", 1)), items.list());
      assertEquals("red", documents.list().get(0).get("color").asText());
      assertEquals(0, cached.requestsOf(() -> documents.get("i1")), "the document is cached");

      items.update("i1", item -> item.withN(2)); // a typed write makes the documents stale too
      assertEquals(2, documents.get("i1").get("n").intValue());
    }
  }

  @Test
  void documentsChangedByACallerAreNotWhatTheCacheServesNext(TestBucket bucket) {
    try (CachedDatabase cached =
        new CachedDatabase(
            bucket, "changed-documents", CachePlugin.builder().resource("items").build())) {
      ItemDao.of(cached.db).insert(new Item("i1", "red", 1));
      Documents documents = cached.db.documents("items");

      documents.get("i1").put("n", 99);
      documents.list().get(0).put("color", "blue");
      documents.getMany(List.of("i1")).get("i1").put("n", 98);
      documents.find("i1").orElseThrow().put("n", 97);
      PartitionKey<ObjectNode> all = PartitionKey.all();
      documents.page(all, PageRequest.ofSize(10)).items().get(0).put("n", 96);

      long requests =
          cached.requestsOf(
              () -> {
                assertEquals(1, documents.get("i1").get("n").intValue());
                assertEquals("red", documents.list().get(0).get("color").asText());
                assertEquals(1, documents.getMany(List.of("i1")).get("i1").get("n").intValue());
                assertEquals(1, documents.find("i1").orElseThrow().get("n").intValue());
                assertEquals(
                    1,
                    documents.page(all, PageRequest.ofSize(10)).items().get(0).get("n").intValue());
              });
      assertEquals(0, requests, "all served from memory");
    }
  }
}
