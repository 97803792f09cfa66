/** The activity log's records: purchases, payments, refunds, interactions and referrals. */
@NullMarked
package io.crm4j.core.activity;

import org.jspecify.annotations.NullMarked;
