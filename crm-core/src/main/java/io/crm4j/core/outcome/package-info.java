/**
 * The one outcome vocabulary of every area: {@link io.crm4j.core.outcome.Outcome} (applied with the
 * new value and its events, or rejected with a {@link io.crm4j.core.outcome.ReasonCode} and a
 * message) and the exception {@link io.crm4j.core.outcome.Outcome#orElseThrow()} raises.
 */
@NullMarked
package io.crm4j.core.outcome;

import org.jspecify.annotations.NullMarked;
