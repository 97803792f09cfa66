/**
 * Contractual retention: the shifted-beta-geometric (sBG) and beta-discrete-Weibull (BdW) models
 * of how long subscribers keep renewing, fitted from cohort survival counts or from individual
 * contract durations, with survival forecasts and discounted expected (residual) lifetimes.
 */
@NullMarked
package io.crm4j.scoring.retention;

import org.jspecify.annotations.NullMarked;
