package io.s3db.examples.kotlin

import io.s3db.annotations.Default
import io.s3db.annotations.Partition
import io.s3db.annotations.S3Resource
import io.s3db.annotations.Secret
import io.s3db.ids.UuidV7Ids
import jakarta.validation.constraints.NotNull
import java.time.Instant

// snippet: user
/**
 * A resource as a Kotlin data class. kapt shows javac a final class with one constructor and
 * getters, which the s3db processor reads as it reads a record; `?` types are optional.
 *
 * - `id: String? = null`: leave it out and s3db generates one on insert.
 * - `@Default("NEW") val status: String = "NEW"`: Kotlin's default fills new objects; s3db's
 *   `@Default` fills stored records (and s3db.js's) that lack the field.
 * - `@Secret val apiToken: String? = null`: an optional secret, encrypted at rest.
 */
@S3Resource(name = "kt_users", timestamps = true)
@Partition(name = "byCountry", fields = ["address.country"])
@Partition(name = "byStatus", fields = ["status"])
data class User(
    val id: String? = null,
    val name: String,
    val email: String?,
    val age: Int,
    val active: Boolean = true,
    @Default("NEW") val status: String = "NEW",
    val tags: List<String> = emptyList(),
    val prefs: Map<String, Any> = emptyMap(),
    val address: Address,
    @Secret val apiToken: String? = null,
    val createdAt: Instant? = null,
    val updatedAt: Instant? = null,
)

/** A nested data class, flattened into `address.city` and `address.country`. */
data class Address(val city: String, val country: String)
// end snippet: user

// snippet: account
/**
 * The three "null means s3db fills it in" rules, as Kotlin writes them: the property is nullable
 * (so a caller may leave it out), and what s3db stores is decided by the annotations.
 * - `id: String? = null`: a generated id.
 * - `@Default("FREE") val plan: String? = null`: null is stored as `FREE` (the rule carries
 *   `default:FREE` for s3db.js too).
 * - `@Secret @NotNull val password: String? = null`: Jakarta's `@NotNull` makes the secret required
 *   in the schema, and a required secret left null gets a generated password.
 */
@S3Resource(name = "kt_accounts")
data class Account(
    val id: String? = null,
    val owner: String,
    @Default("FREE") val plan: String? = null,
    @Secret @NotNull val password: String? = null,
)
// end snippet: account

/** Ids made by a generator named as a Kotlin class literal: time-ordered UUID v7 ids. */
@S3Resource(name = "kt_events", idGenerator = UuidV7Ids::class)
data class Event(val id: String? = null, val name: String)
