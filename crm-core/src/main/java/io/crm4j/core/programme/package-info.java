/**
 * Record once, every programme reacts: {@link io.crm4j.core.programme.Programmes} lists the
 * programmes a store runs, and {@link io.crm4j.core.programme.ActivityRecorder} appends each
 * activity and applies every programme's reaction in the same unit of work.
 */
@NullMarked
package io.crm4j.core.programme;

import org.jspecify.annotations.NullMarked;
