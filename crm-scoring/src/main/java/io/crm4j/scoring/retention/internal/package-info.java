/** Likelihood kernels and series of the retention models; not API. */
@NullMarked
package io.crm4j.scoring.retention.internal;

import org.jspecify.annotations.NullMarked;
