/** The demo report: PNG charts drawn with XChart, a self-contained HTML page and a JSON form. */
@NullMarked
package io.crm4j.examples.report;

import org.jspecify.annotations.NullMarked;
