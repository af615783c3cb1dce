/**
 * The {@code s3db} command-line tool: picocli commands over {@link io.s3db.documents.Documents}, so
 * that any resource of a bucket can be looked at, exported, imported and repaired from the catalog
 * alone. Not API: the commands, their options and their output are the interface.
 */
@NullMarked
package io.s3db.cli;

import org.jspecify.annotations.NullMarked;
