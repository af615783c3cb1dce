package io.s3db.documents;

/**
 * One leaf attribute of a resource, as its catalog entry declares it.
 *
 * @param path the dotted path of the value in a document ({@code shipTo.city})
 * @param rule the s3db.js rule string ({@code string|optional}, {@code number|integer|min:0})
 * @param type how the value is stored and appears in a document
 * @param optional whether a document may leave it out ({@code optional}, or a {@code default})
 * @param secret whether it is encrypted at rest ({@code secret}), which needs the passphrase
 */
public record AttributeDescription(
    String path, String rule, ValueType type, boolean optional, boolean secret) {}
