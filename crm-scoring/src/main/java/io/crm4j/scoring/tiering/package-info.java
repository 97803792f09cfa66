/** Value tiers: ABC (Pareto) classes, the customer pyramid, management classes and score tiers with hysteresis. */
@NullMarked
package io.crm4j.scoring.tiering;

import org.jspecify.annotations.NullMarked;
