package io.s3db.kotlin

import io.s3db.PartitionKey
import io.s3db.S3Dao
import kotlin.streams.asSequence

/**
 * Runs [block] on the records of [key] (every record by default) as a lazy [Sequence], and closes
 * the underlying [S3Dao.stream] when [block] returns or throws, as `File.useLines` does for a
 * file's lines. The stream lists 1 000 keys at a time and fetches records ahead of the consumer, so
 * memory stays constant; closing it drops the work in flight, so stopping early (`first`, `take`)
 * costs only what was read.
 *
 * ```
 * val oldest = users.useSequence(UserPartitions.byCountry("PT")) { it.maxByOrNull { u -> u.age } }
 * ```
 *
 * The sequence can be iterated once, and only inside [block]: return what is computed from it
 * (a value, or a list with `toList()`), never the sequence itself, which is closed by then and
 * throws [IllegalStateException] when iterated.
 *
 * Cost: as [S3Dao.stream], for the part consumed.
 */
inline fun <T : Any, R> S3Dao<T>.useSequence(
    key: PartitionKey<T> = PartitionKey.all(),
    block: (Sequence<T>) -> R,
): R = stream(key).use { block(it.asSequence()) }
