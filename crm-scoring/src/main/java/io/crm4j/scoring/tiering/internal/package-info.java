/** Ranking and sorting helpers for the tiering and RFM formulas; not part of the API. */
@NullMarked
package io.crm4j.scoring.tiering.internal;

import org.jspecify.annotations.NullMarked;
