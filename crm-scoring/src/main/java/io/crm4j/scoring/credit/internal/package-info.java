/** Internal numerics of the credit scorecards (binning merges, logistic regression); not API. */
@NullMarked
package io.crm4j.scoring.credit.internal;

import org.jspecify.annotations.NullMarked;
