/** Business calendars (working hours per weekday, holidays, time zone) and business-time arithmetic. */
@NullMarked
package io.crm4j.core.time;

import org.jspecify.annotations.NullMarked;
