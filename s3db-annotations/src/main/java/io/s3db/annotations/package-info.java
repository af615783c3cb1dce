/**
 * Annotations that declare s3db resources. All have CLASS retention: the annotation processor reads
 * them at compile time and nothing reads them at run time.
 */
package io.s3db.annotations;
