package io.s3db.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.documents.AttributeDescription;
import io.s3db.documents.ResourceDescription;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The records of an import file, one at a time with the line each starts on: a record to insert, or
 * why the line is none. Blank lines are skipped.
 */
abstract class ImportLines {
  /**
   * @param record the document; null when the line is not one
   * @param error why the line is no record; null when it is
   */
  record Line(int number, @Nullable ObjectNode record, @Nullable String error) {}

  private final List<String[]> secrets;

  private ImportLines(ResourceDescription description) {
    this.secrets =
        description.attributes().stream()
            .filter(AttributeDescription::secret)
            .map(a -> a.path().split("\\."))
            .toList();
  }

  /** {@return the next line's record or error; null at the end of the file} */
  abstract @Nullable Line next() throws IOException;

  /** A document as read, or the error that keeps it out. */
  Line line(int number, ObjectNode document) {
    for (String[] path : secrets) {
      JsonNode value = document;
      for (String part : path) {
        value = value == null ? null : value.get(part);
      }
      if (value != null && SecretMask.MASK.equals(value.textValue())) {
        return new Line(
            number,
            null,
            "secret "
                + String.join(".", path)
                + " is \""
                + SecretMask.MASK
                + "\", as an export without --decrypt writes it: not stored");
      }
    }
    return new Line(number, document, null);
  }

  static ImportLines jsonl(BufferedReader reader, ResourceDescription description) {
    return new ImportLines(description) {
      private int number;

      @Override
      @Nullable Line next() throws IOException {
        while (true) {
          String text = reader.readLine();
          if (text == null) {
            return null;
          }
          number++;
          if (text.isBlank()) {
            continue;
          }
          JsonNode node;
          try {
            node = Json.MAPPER.readTree(text);
          } catch (JsonProcessingException e) {
            return new Line(number, null, "not JSON: " + Errors.oneLine(e.getOriginalMessage()));
          }
          if (!(node instanceof ObjectNode document)) {
            return new Line(number, null, "not a JSON object");
          }
          return line(number, document);
        }
      }
    };
  }

  static ImportLines csv(BufferedReader reader, CsvColumns columns, ResourceDescription description)
      throws IOException {
    CsvFormat.Records records = new CsvFormat.Records(reader);
    List<String> header = records.next();
    if (header == null) {
      throw CliException.failed("the CSV file is empty: no header");
    }
    columns.checkHeader(header);
    return new ImportLines(description) {
      @Override
      @Nullable Line next() throws IOException {
        while (true) {
          List<String> cells = records.next();
          if (cells == null) {
            return null;
          }
          if (cells.size() == 1 && cells.get(0).isEmpty()) {
            continue;
          }
          try {
            return line(records.recordLine(), columns.document(header, cells));
          } catch (IllegalArgumentException e) {
            return new Line(records.recordLine(), null, String.valueOf(e.getMessage()));
          }
        }
      }
    };
  }
}
