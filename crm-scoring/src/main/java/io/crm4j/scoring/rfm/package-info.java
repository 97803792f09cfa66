/** RFM analysis: recency, frequency and monetary scores by quantile bins, three-digit cells and segments. */
@NullMarked
package io.crm4j.scoring.rfm;

import org.jspecify.annotations.NullMarked;
