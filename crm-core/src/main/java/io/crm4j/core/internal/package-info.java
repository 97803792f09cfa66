/** Implementation details; not exported, not API. */
@NullMarked
package io.crm4j.core.internal;

import org.jspecify.annotations.NullMarked;
