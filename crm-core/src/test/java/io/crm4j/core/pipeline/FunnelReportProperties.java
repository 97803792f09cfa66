package io.crm4j.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FunnelReportProperties {

  @Provide
  Arbitrary<List<Opportunity>> books() {
    return new PipelineForecastProperties().books();
  }

  @Property
  void steps_narrowDownTheFunnelAndAccountForEveryOpportunity(@ForAll("books") List<Opportunity> book) {
    FunnelReport report = FunnelReport.of(List.of(), book, SalesStages.ofDefaults());

    List<Long> reached = report.steps().stream().map(FunnelReport.Step::reached).toList();
    for (int i = 1; i < reached.size(); i++) {
      assertThat(reached.get(i)).isLessThanOrEqualTo(reached.get(i - 1));
    }
    assertThat(reached.get(0)).isEqualTo(book.size());
    long current = report.steps().stream().mapToLong(FunnelReport.Step::current).sum();
    assertThat(current + report.lost()).isEqualTo(book.size());
    assertThat(report.won()).isEqualTo(report.steps().get(report.steps().size() - 1).current());
    report.steps().forEach(s -> s.conversionToNext().ifPresent(r -> assertThat(r.isShare()).isTrue()));
  }
}
