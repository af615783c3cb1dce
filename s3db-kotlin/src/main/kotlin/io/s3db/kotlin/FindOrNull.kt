package io.s3db.kotlin

import io.s3db.S3Dao

/**
 * The record with this [id], or `null` if there is none: [S3Dao.find] without the `Optional`, so
 * that `?:`, `?.let` and smart casts apply. Cost: 1 HEAD.
 *
 * ```
 * val ana = users.findOrNull(id) ?: error("no user $id")
 * ```
 */
fun <T : Any> S3Dao<T>.findOrNull(id: String): T? = find(id).orElse(null)
