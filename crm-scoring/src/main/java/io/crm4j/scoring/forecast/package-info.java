/** Sales forecasting helpers: seasonal indexes and seasonal split of an annual target. */
@NullMarked
package io.crm4j.scoring.forecast;

import org.jspecify.annotations.NullMarked;
