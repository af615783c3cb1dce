package io.s3db.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.S3dbConfigurationException;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * The examples of FORMAT.md §1, read as s3db.js reads them (plus region/endpoint, as 6.0.0 did).
 */
class ConnectionStringTest {

  @Test
  void awsFormWithEncodedCredentialsAndRegion() {
    ConnectionString c =
        ConnectionString.parse(
            "s3://AKIA%2FX:se%2Bcret@my-bucket/databases/myapp?region=sa-east-1");
    assertEquals("my-bucket", c.bucket());
    assertEquals("databases/myapp", c.keyPrefix());
    assertNull(c.endpoint());
    assertEquals("sa-east-1", c.region());
    assertEquals("AKIA/X", c.accessKey());
    assertEquals("se+cret", c.secretKey());
  }

  @Test
  void awsFormWithoutCredentialsOrPrefix() {
    ConnectionString c = ConnectionString.parse("s3://bucket");
    assertEquals("bucket", c.bucket());
    assertEquals("", c.keyPrefix());
    assertNull(c.accessKey());
    assertNull(c.secretKey());
  }

  @Test
  void httpFormIsPathStyleWithBucketFirst() {
    ConnectionString c =
        ConnectionString.parse(
            "http://minio:minio123@localhost:9000/mybucket/db/app?forcePathStyle=true");
    assertEquals("mybucket", c.bucket());
    assertEquals("db/app", c.keyPrefix());
    assertEquals(URI.create("http://localhost:9000"), c.endpoint());
    assertEquals("minio", c.accessKey());
    assertEquals("minio123", c.secretKey());
  }

  @Test
  void httpFormWithoutPathUsesTheS3dbBucket() {
    ConnectionString c = ConnectionString.parse("http://localhost:9000");
    assertEquals("s3db", c.bucket());
    assertEquals("", c.keyPrefix());
    assertEquals(URI.create("http://localhost:9000"), c.endpoint());
  }

  @Test
  void httpsAndSessionToken() {
    ConnectionString c =
        ConnectionString.parse("https://k:s@r2.example.com/b/p/?sessionToken=tok%3D");
    assertEquals(URI.create("https://r2.example.com"), c.endpoint());
    assertEquals("p", c.keyPrefix());
    assertEquals("tok=", c.sessionToken());
  }

  @Test
  void unicodeCredentialsDecodeAsUtf8AndPlusStaysAPlus() {
    ConnectionString c = ConnectionString.parse("s3://k%C3%A9y:a+b%F0%9F%98%80@b/");
    assertEquals("kéy", c.accessKey());
    assertEquals("a+b😀", c.secretKey());
  }

  @Test
  void toStringNeverShowsCredentials() {
    String text = ConnectionString.parse("s3://AKIAXXX:topsecret@b/p").toString();
    assertFalse(text.contains("topsecret"), text);
    assertFalse(text.contains("AKIAXXX"), text);
  }

  @Test
  void badStringsFailClearlyWithoutEchoingSecrets() {
    S3dbConfigurationException scheme =
        assertThrows(
            S3dbConfigurationException.class,
            () -> ConnectionString.parse("ftp://user:hunter2@host/b"));
    assertTrue(
        scheme.getMessage().contains("Unsupported connection string scheme 'ftp'"),
        scheme.getMessage());
    assertFalse(scheme.getMessage().contains("hunter2"), scheme.getMessage());
    assertThrows(S3dbConfigurationException.class, () -> ConnectionString.parse("s3:///nobucket"));
    assertThrows(
        S3dbConfigurationException.class, () -> ConnectionString.parse("not a uri at all"));
  }

  /**
   * java.net.URI keeps an authority it cannot split into user info, host and port as an opaque
   * name, which made the endpoint http://null and dropped the credentials: refused, with nothing of
   * the authority echoed.
   */
  @Test
  void anAuthorityThatDoesNotParseIsRefused_withoutEchoingIt() {
    for (String uri :
        java.util.List.of(
            "http://KEY:Zx9-secret@localhost:notaport/b",
            "http://KEY:Zx9-se@cret@localhost:9000/b",
            "s3://KEY:Zx9/se+cret@bucket/p",
            "s3://KEY:Zx9-secret@/b",
            "https://KEY:Zx9?secret@host/b")) {
      S3dbConfigurationException e =
          assertThrows(S3dbConfigurationException.class, () -> ConnectionString.parse(uri));
      assertTrue(e.getMessage().contains("is not [KEY:SECRET@]host[:port]"), e.getMessage());
      assertTrue(e.getMessage().contains("percent-encoded"), e.getMessage());
      assertFalse(e.getMessage().contains("Zx9"), e.getMessage());
      assertFalse(e.getMessage().contains("cret"), e.getMessage());
    }
  }

  /**
   * A '/' after digits in the secret makes java.net.URI see host and port, and the rest of it as
   * the path.
   */
  @Test
  void aSlashInTheSecretAfterDigitsIsRefused_withoutEchoingIt() {
    for (String uri :
        java.util.List.of(
            "s3://KEY:12/Zx9cret@bucket/p",
            "http://KEY:12/Zx9cret@localhost:9000/b",
            "s3://bucket:9000/p")) {
      S3dbConfigurationException e =
          assertThrows(S3dbConfigurationException.class, () -> ConnectionString.parse(uri));
      assertFalse(e.getMessage().contains("Zx9"), e.getMessage());
      assertTrue(e.getMessage().contains("percent-encode"), e.getMessage());
    }
  }

  @Test
  void anEndpointParameterThatIsNotAUriIsRefused_withoutEchoingIt() {
    S3dbConfigurationException e =
        assertThrows(
            S3dbConfigurationException.class,
            () -> ConnectionString.parse("s3://k:s@b/p?endpoint=http://u:Zx9pw@h%20st"));
    assertTrue(e.getMessage().contains("?endpoint="), e.getMessage());
    assertFalse(e.getMessage().contains("Zx9pw"), e.getMessage());
  }
}
