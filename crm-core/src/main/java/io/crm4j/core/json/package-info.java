/** JSON reading and writing of every domain type, for configuration, export and storage. */
@NullMarked
package io.crm4j.core.json;

import org.jspecify.annotations.NullMarked;
