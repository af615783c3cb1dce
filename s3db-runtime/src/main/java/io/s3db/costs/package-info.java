/**
 * What a database's S3 requests cost: {@link io.s3db.costs.CostsPlugin} counts every request the S3
 * client really sends (retries included) by S3 operation, resource and DAO operation, with the
 * bytes they carried, and prices them with a {@link io.s3db.costs.PriceTable}.
 */
@NullMarked
package io.s3db.costs;

import org.jspecify.annotations.NullMarked;
