/** Customer lifetime value: transaction summaries, BG/NBD, Pareto/NBD, MBG/NBD, BG/BB, Gamma-Gamma and textbook CLV formulas. */
@NullMarked
package io.crm4j.scoring.clv;

import org.jspecify.annotations.NullMarked;
