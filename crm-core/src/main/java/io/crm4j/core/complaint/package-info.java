/** Complaint workflow (ISO 10002 steps) with SLA clocks on business calendars, escalation, follow-up and KPIs. */
@NullMarked
package io.crm4j.core.complaint;

import org.jspecify.annotations.NullMarked;
