package io.s3db.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.BulkResult;
import io.s3db.documents.Documents;
import io.s3db.documents.ResourceDescription;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code s3db import RESOURCE FILE}: records from JSON lines or CSV, inserted in bulk. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Imports records from JSON lines or CSV.",
      "Inserts the records of a JSON lines file (one object per line) or of a CSV file with a"
          + " header, as export writes them, in batches, in parallel.",
      "Each record is validated against the resource's rules before anything of it is sent; a"
          + " line that cannot be stored (not JSON, invalid, its id taken) is reported on stderr"
          + " with its line number and the others go on: every line is either stored or"
          + " reported. Exit code 1 if any line failed.",
      "Records without an id get a generated one. Cost: per record, 1 PUT + 1 PUT per partition."
    })
final class ImportCommand extends ResourceCommand {
  @Parameters(
      index = "1",
      paramLabel = "FILE",
      description = "The file; - for stdin. Its format from its name (.csv), or --format.")
  String file = "";

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "jsonl or csv (default: csv for a .csv file, jsonl otherwise).")
  ExportCommand.@Nullable Format format;

  @Option(
      names = "--batch",
      paramLabel = "N",
      description = "Records read ahead and inserted together (default: 500).")
  int batch = 500;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Shows progress on stderr (default: only when stderr is a terminal).")
  @Nullable Boolean progress;

  @Override
  int run(Session session) throws IOException {
    if (batch < 1) {
      throw CliException.usage("--batch must be at least 1, was " + batch);
    }
    Documents documents = session.documents(resource);
    ResourceDescription description = documents.describe();
    description
        .whyReadOnly()
        .ifPresent(
            why -> {
              throw CliException.failed("resource '" + resource + "' cannot be written: " + why);
            });
    ExportCommand.Format actual =
        format != null
            ? format
            : file.toLowerCase(Locale.ROOT).endsWith(".csv")
                ? ExportCommand.Format.csv
                : ExportCommand.Format.jsonl;
    boolean bar = progress != null ? progress : cli().stderrTerminal();
    long lines = 0;
    long stored = 0;
    long failed = 0;
    try (BufferedReader reader = open();
        ProgressBar progressBar = bar ? new ProgressBar(err(), "import " + resource, -1) : null) {
      ImportLines source =
          actual == ExportCommand.Format.csv
              ? ImportLines.csv(reader, new CsvColumns(description), description)
              : ImportLines.jsonl(reader, description);
      List<ImportLines.Line> chunk = new ArrayList<>(batch);
      boolean more = true;
      while (more) {
        ImportLines.Line line = source.next();
        more = line != null;
        if (line != null) {
          lines++;
          chunk.add(line);
        }
        if (chunk.size() == batch || (!more && !chunk.isEmpty())) {
          long chunkFailures = insert(documents, chunk, progressBar);
          failed += chunkFailures;
          stored += chunk.size() - chunkFailures;
          chunk.clear();
        }
      }
    }
    ObjectNode summary = Json.MAPPER.createObjectNode();
    summary.put("resource", resource).put("lines", lines).put("stored", stored);
    summary.put("failed", failed);
    Json.line(out(), summary);
    if (failed > 0) {
      throw CliException.failed(
          failed + " of " + lines + " lines failed (reported above); the others were stored");
    }
    return 0;
  }

  private BufferedReader open() throws IOException {
    if (file.equals("-")) {
      return new BufferedReader(new InputStreamReader(cli().in(), StandardCharsets.UTF_8));
    }
    return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
  }

  /**
   * Inserts the records of one chunk and reports its failed lines in order, those that could not
   * even be read among them. {@return how many lines of the chunk failed}
   */
  private long insert(
      Documents documents, List<ImportLines.Line> chunk, @Nullable ProgressBar progressBar) {
    // a failure hands back the very object given: that names its line, also without an id
    IdentityHashMap<ObjectNode, Integer> lineOf = new IdentityHashMap<>();
    List<ObjectNode> records = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    for (ImportLines.Line line : chunk) {
      if (line.record() != null) {
        lineOf.put(line.record(), line.number());
        records.add(line.record());
      } else {
        failures.add(new Failure(line.number(), String.valueOf(line.error())));
        if (progressBar != null) {
          progressBar.step();
        }
      }
    }
    if (!records.isEmpty()) {
      BulkResult<ObjectNode> result =
          documents.insertMany(
              records,
              (done, total) -> {
                if (progressBar != null) {
                  progressBar.step();
                }
              });
      for (BulkResult.Failure<ObjectNode> failure : result.failures()) {
        Integer number = lineOf.get(failure.item());
        failures.add(
            new Failure(
                number == null ? -1 : number,
                Errors.oneLine(String.valueOf(failure.error().getMessage()))));
      }
    }
    failures.sort((a, b) -> Integer.compare(a.line(), b.line()));
    for (Failure failure : failures) {
      err().println(spec.qualifiedName() + ": line " + failure.line() + ": " + failure.message());
    }
    return failures.size();
  }

  private record Failure(int line, String message) {}
}
