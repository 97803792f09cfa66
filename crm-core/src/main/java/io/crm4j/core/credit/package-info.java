/**
 * Credit management: the credit account with limits per segment and currency, exposure, credit
 * checks, utilisation events, receivables ageing, DSO and the payment index.
 */
@NullMarked
package io.crm4j.core.credit;

import org.jspecify.annotations.NullMarked;
