package io.s3db.internal.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The catalog's definition hash (FORMAT.md §2.3; s3db.js {@code
 * DatabaseMetadata.generateDefinitionHash}): {@code "sha256:" +
 * hex(SHA-256(UTF-8(json-stable-stringify(object))))}. A new catalog version {@code vN} is added
 * whenever it changes (§2, §2.5), so it must match s3db.js bit for bit.
 *
 * <p>The caller passes the version's attributes <em>without</em> {@code createdAt}/{@code
 * updatedAt} when {@code timestamps} is on, the behavior name ({@code user-managed} by default) and
 * the partitions ({@code {}} when there are none), as s3db.js does.
 */
public final class DefinitionHash {
  private DefinitionHash() {}

  /** 21.x: the hash of {@code {attributes, behavior, partitions}}. */
  public static String of(JsonNode attributes, String behavior, JsonNode partitions) {
    ObjectNode input = JsonNodeFactory.instance.objectNode();
    input.set("attributes", attributes);
    input.put("behavior", behavior);
    input.set("partitions", partitions);
    return sha256(JsJson.stableStringify(input));
  }

  /**
   * 6.0.0: the hash of {@code {attributes, behavior}} (for reading legacy catalogs, FORMAT.md
   * §2.3).
   */
  public static String legacyOf(JsonNode attributes, String behavior) {
    ObjectNode input = JsonNodeFactory.instance.objectNode();
    input.set("attributes", attributes);
    input.put("behavior", behavior);
    return sha256(JsJson.stableStringify(input));
  }

  private static String sha256(String text) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    StringBuilder sb = new StringBuilder(7 + 64).append("sha256:");
    for (byte b : digest) {
      sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return sb.toString();
  }
}
