package io.crm4j.examples.docs;

import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.retention.ChurnRisk;
import io.crm4j.scoring.retention.RetentionWorklist;
import java.util.List;

/** docs/concepts/retention.md: P(churn within a year) under BG/NBD and a value-at-risk worklist. */
public final class ChurnRiskExample {

  private ChurnRiskExample() {}

  /** The figures of the example. */
  public record Result(double churn, List<RetentionWorklist.Entry> worklist) {}

  public static Result run() {
    // snippet-start
    // the CDNOW BG/NBD estimates of Fader, Hardie & Lee (2005), in weeks
    ChurnRisk risk = ChurnRisk.of(BgNbdModel.of(0.243, 4.414, 0.793, 2.426));
    // x = 2 repeat purchases, the last at week 30.43 of 38.86: P(gone within 52 more weeks)
    double churn = risk.probabilityChurned(52, 2, 30.43, 38.86);           // 0.468

    // value at risk = P(churn) x CLV, largest first, ties by id
    List<RetentionWorklist.Entry> worklist = RetentionWorklist.rank(
        new String[] {"ann", "bob", "cho"},
        new double[] {churn, 0.9, 0.1},                                    // P(churn)
        new double[] {100.0, 40.0, 500.0},                                 // CLV
        10);                                                               // ann 46.8, cho 50 -> cho, ann, bob
    // snippet-end
    return new Result(churn, worklist);
  }
}
