package io.s3db.spark;

import java.util.List;
import org.apache.spark.sql.connector.write.WriterCommitMessage;

/**
 * What one write task inserted, for the job's abort to delete if another task fails.
 *
 * @param ids the ids of the documents inserted
 */
record Appended(List<String> ids) implements WriterCommitMessage {
  private static final long serialVersionUID = 1L;
}
