/**
 * The document view's schema, codec and validator, built at run time from a catalog entry. Like
 * generated code, it reaches the engine only through {@code io.s3db.spi}.
 */
@NullMarked
package io.s3db.internal.documents;

import org.jspecify.annotations.NullMarked;
