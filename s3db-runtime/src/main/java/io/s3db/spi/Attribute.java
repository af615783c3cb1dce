package io.s3db.spi;

/**
 * One leaf of a resource's schema as s3db.js declares it: a dotted path ({@code profile.city}) and its
 * fastest-validator rule string ({@code string|optional}, {@code number|integer}). The order of a
 * resource's attributes is the record's declaration order, which fixes the metadata keys of a fresh
 * resource (FORMAT.md §4.1).
 */
public record Attribute(String path, String rule) {}
