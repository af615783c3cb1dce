/**
 * The contract between the code the s3db processor generates and the runtime. Not for application
 * use; it may change in minor versions.
 */
@NullMarked
package io.s3db.spi;

import org.jspecify.annotations.NullMarked;
