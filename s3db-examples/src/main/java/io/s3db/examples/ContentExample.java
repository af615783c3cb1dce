package io.s3db.examples;

import io.s3db.Content;
import io.s3db.S3db;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Binary content beside a record's fields: {@code mvn -q -pl s3db-examples -am compile exec:java
 * -Dexec.mainClass=io.s3db.examples.ContentExample}.
 */
public final class ContentExample {
  private ContentExample() {}

  public static void main(String[] args) throws IOException {
    try (ExampleDatabase example = ExampleDatabase.open("content-example")) {
      S3db db = example.db();
      DocumentDao documents = DocumentDao.of(db);
      documents.deleteAll(); // start clean

      // snippet: set-content
      Document doc = documents.insert(new Document(null, "Invoice 42", 1));
      byte[] pdf = "%PDF-1.7 …".getBytes(StandardCharsets.UTF_8);
      documents.setContent(doc.id(), pdf, "application/pdf"); // 1 HEAD + 1 PUT
      // end snippet: set-content

      // snippet: read-content
      Path target = Files.createTempFile("invoice", ".pdf");
      try (Content c = documents.content(doc.id()).orElseThrow()) { // 1 GET, streamed
        Files.copy(c.stream(), target, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("content   " + c.contentType() + ", " + c.length() + " bytes");
      }
      // end snippet: read-content
      System.out.println("copied to " + target + " (" + Files.size(target) + " bytes)");

      // snippet: update-keeps-content
      documents.update(doc.id(), d -> DocumentWith.of(d).pages(2).build());
      boolean kept = documents.hasContent(doc.id()); // true: updates keep the content
      // end snippet: update-keeps-content
      System.out.println("updated   pages 2; content kept: " + kept);

      // snippet: stream-content
      byte[] video = new byte[3 * 1024 * 1024];
      try (InputStream in = new ByteArrayInputStream(video)) {
        // over 8 MiB this is a multipart upload, 8 MiB in memory at most
        documents.setContent(doc.id(), in, video.length, "video/mp4");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // end snippet: stream-content
      System.out.println(
          "replaced  by "
              + documents.content(doc.id()).map(Content::readAllBytes).orElseThrow().length
              + " bytes of video/mp4");

      // snippet: delete-content
      documents.deleteContent(doc.id()); // the record stays
      // end snippet: delete-content
      System.out.println(
          "deleted   content: "
              + documents.hasContent(doc.id())
              + ", record: "
              + documents.exists(doc.id()));
      Files.delete(target);
    }
  }
}
