package ca.repere.scoring;

import java.time.Instant;
import java.util.List;

/**
 * What an organisation's networks say about its results: feedback of their coordinators and the
 * network's figures to compare with. Declared here for the report, answered by the network module.
 */
public interface NetworkComparisons {

    /** Feedback marked reviewed on this assessment, by network. */
    List<Feedback> feedback(long organisationId, long assessmentId);

    /** For each network of the organisation, the pillar figures of its sharing members on this framework. */
    List<Benchmark> benchmarks(long organisationId, String frameworkCode);

    record Feedback(
            String networkName,
            String reviewerName,
            Instant reviewedAt,
            String strengths,
            String support,
            List<PillarFeedback> pillars) {}

    record PillarFeedback(String pillarCode, String strengths, String support) {}

    record Benchmark(String networkName, int minimumContributors, List<PillarFigures> pillars) {

        public PillarFigures pillar(String code) {
            return pillars.stream()
                    .filter(figures -> figures.pillarCode().equals(code))
                    .findFirst()
                    .orElse(new PillarFigures(code, 0, null, null, null));
        }
    }

    /** Quartiles of a pillar's scores (0–1) over {@code contributors} organisations; null below the minimum. */
    record PillarFigures(
            String pillarCode, int contributors, Double lowerQuartile, Double median, Double upperQuartile) {

        public boolean shown() {
            return median != null;
        }

        public Integer lowerQuartilePercent() {
            return Score.percent(lowerQuartile);
        }

        public Integer medianPercent() {
            return Score.percent(median);
        }

        public Integer upperQuartilePercent() {
            return Score.percent(upperQuartile);
        }
    }
}
