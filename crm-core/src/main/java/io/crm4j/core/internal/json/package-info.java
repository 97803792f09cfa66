/** The Jackson mapping behind the JSON API; not exported. */
@NullMarked
package io.crm4j.core.internal.json;

import org.jspecify.annotations.NullMarked;
