/**
 * Encryption of {@code secret} fields, byte-compatible with s3db.js 21.x (FORMAT.md §4.4), and the
 * password generator s3db.js exports. Built on BouncyCastle's lightweight API rather than JCA
 * providers, so it behaves the same on every JVM and in native images. Not API.
 */
@NullMarked
package io.s3db.internal.crypto;

import org.jspecify.annotations.NullMarked;
