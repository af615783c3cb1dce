package io.s3db.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.PartitionKey;
import io.s3db.documents.Documents;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code s3db export RESOURCE}: every record to JSON lines or CSV, streamed. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Exports records as JSON lines or CSV.",
      "Writes the records of a resource, or of one partition, as JSON lines or CSV, in id order,"
          + " streamed: memory stays constant however many records there are. A progress bar"
          + " shows on stderr when it is a terminal.",
      "CSV: a header of id and every attribute of the catalog by its dotted path (shipTo.city);"
          + " json values and arrays as JSON; RFC 4180 quoting, CRLF line ends.",
      "Secrets are written as \"***\" unless --decrypt: export with --decrypt for a file to"
          + " import again.",
      "Cost: 1 LIST per 1000 records + 1 HEAD per record (+ the LISTs of a count for the bar)."
    })
final class ExportCommand extends ResourceCommand {
  enum Format {
    jsonl,
    csv
  }

  @Mixin PartitionOptions partition;

  @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default) or csv.")
  Format format = Format.jsonl;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Writes to FILE (replaced only once the export is complete) instead of stdout.")
  @Nullable Path file;

  @Option(names = "--limit", paramLabel = "N", description = "At most N records.")
  long limit = Long.MAX_VALUE;

  @Option(names = "--decrypt", description = "Writes secrets in clear instead of \"***\".")
  boolean decrypt;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Shows a progress bar on stderr (default: only when stderr is a terminal).")
  @Nullable Boolean progress;

  @Override
  int run(Session session) throws IOException {
    Documents documents = session.documents(resource);
    PartitionKey<ObjectNode> key = partition.key(documents);
    if (file == null) {
      export(documents, key, out());
      return 0;
    }
    Path target = file.toAbsolutePath();
    Path temporary =
        Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
    try {
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
          PrintWriter printer = new PrintWriter(new BufferedWriter(writer, 1 << 16))) {
        export(documents, key, printer);
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
    return 0;
  }

  private long export(Documents documents, PartitionKey<ObjectNode> key, PrintWriter printer) {
    SecretMask mask = new SecretMask(documents.describe(), decrypt);
    CsvColumns columns = new CsvColumns(documents.describe());
    Consumer<ObjectNode> write;
    if (format == Format.csv) {
      printer.print(CsvFormat.record(columns.names()));
      write = record -> printer.print(CsvFormat.record(columns.row(mask.apply(record))));
    } else {
      write = record -> Json.line(printer, mask.apply(record));
    }
    boolean bar = progress != null ? progress : cli().stderrTerminal();
    long[] count = {0};
    try (ProgressBar progressBar =
            bar
                ? new ProgressBar(
                    err(), "export " + resource, Math.min(limit, documents.count(key)))
                : null;
        Stream<ObjectNode> records = documents.stream(key)) {
      records
          .limit(limit)
          .forEach(
              record -> {
                write.accept(record);
                // a PrintWriter keeps its errors: look now and then, so that a closed pipe
                // (s3db export … | head) stops the reads instead of running them all
                if (++count[0] % 1024 == 0 && printer.checkError()) {
                  throw CliException.failed("cannot write the output (closed?)");
                }
                if (progressBar != null) {
                  progressBar.step();
                }
              });
    }
    if (printer.checkError()) {
      throw CliException.failed("cannot write the output (closed, or the disk full?)");
    }
    return count[0];
  }
}
