/**
 * Mergeable likelihood kernels of the CLV models: column blocks, partial sums that add in any
 * order, and the Newton fitting loop over "evaluate the sums over all data", for any engine.
 */
@NullMarked
package io.crm4j.scoring.clv.kernel;

import org.jspecify.annotations.NullMarked;
