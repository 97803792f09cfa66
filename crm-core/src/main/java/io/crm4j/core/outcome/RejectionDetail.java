package io.crm4j.core.outcome;

import org.apiguardian.api.API;

/**
 * Typed, area-specific facts about a rejection, beyond its {@link ReasonCode} and message (for
 * example the statuses a complaint may move to next, or the credit checks that failed). Read one
 * with {@link Outcome.Rejected#detail(Class)}. Implementations are immutable records.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface RejectionDetail {}
