/** Loyalty: the loyalty ladder, the append-only points ledger with accrual, redemption, reversal and expiry, and tier programmes. */
@NullMarked
package io.crm4j.core.loyalty;

import org.jspecify.annotations.NullMarked;
