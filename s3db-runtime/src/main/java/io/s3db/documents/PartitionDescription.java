package io.s3db.documents;

import java.util.List;

/**
 * One partition of a resource, as its catalog entry declares it.
 *
 * @param name the partition's name ({@code byStatus})
 * @param fields the attribute paths it keys by, in the order its object keys hold them;
 *     unmodifiable
 */
public record PartitionDescription(String name, List<String> fields) {}
