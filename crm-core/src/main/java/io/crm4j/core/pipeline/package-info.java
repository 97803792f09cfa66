/**
 * The sales pipeline: leads, opportunities on a configurable stage list, follow-up rules, the
 * weighted forecast and funnel, and the contract flow with its cooling-off period.
 */
@NullMarked
package io.crm4j.core.pipeline;

import org.jspecify.annotations.NullMarked;
