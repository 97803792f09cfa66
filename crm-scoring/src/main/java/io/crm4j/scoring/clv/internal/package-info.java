/** Implementation details of the CLV models (special functions, optimizer, samplers); not API. */
@NullMarked
package io.crm4j.scoring.clv.internal;

import org.jspecify.annotations.NullMarked;
