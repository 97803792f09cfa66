/** Money and percentages: amounts in one currency, never silently mixed. */
@NullMarked
package io.crm4j.core.money;

import org.jspecify.annotations.NullMarked;
