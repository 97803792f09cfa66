/**
 * The analysis of a user's own transaction log ({@code crm4j analyze}): summary, purchase models
 * checked on a holdout period, spend, CLV, RFM, ABC, pyramid and lifecycle, written as a report.
 */
@NullMarked
package io.crm4j.examples.analysis;

import org.jspecify.annotations.NullMarked;
