/** The engine behind the public API. Not API: anything here may change in any release. */
@NullMarked
package io.s3db.internal;

import org.jspecify.annotations.NullMarked;
