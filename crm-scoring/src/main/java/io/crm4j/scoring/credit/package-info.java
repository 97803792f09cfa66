/**
 * Credit evaluation formulas: 5C evaluation and grades, weight of evidence and information value,
 * binning, logistic scorecards with points scaling, validation statistics and credit limits.
 */
@NullMarked
package io.crm4j.scoring.credit;

import org.jspecify.annotations.NullMarked;
