/** Customer satisfaction: expectation-disconfirmation, weighted CSI, NPS and CSAT. */
@NullMarked
package io.crm4j.scoring.satisfaction;

import org.jspecify.annotations.NullMarked;
