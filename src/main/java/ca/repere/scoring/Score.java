package ca.repere.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A score with what it rests on. {@code value} (0–1) and {@code band} (the scale level it stands
 * for) are null while nothing applicable is rated; {@code answered} of {@code applicable} says how
 * firm it is, so that a half-done pillar is never read as a result.
 */
public record Score(Double value, Integer band, int answered, int applicable) {

    public boolean rated() {
        return value != null;
    }

    /** Every applicable criterion is rated (true too when nothing applies). */
    public boolean complete() {
        return answered == applicable;
    }

    /**
     * The value as a whole percentage, half up; null while unrated. Weighted sums of doubles land a
     * hair off an exact half depending on the order of their terms (0.375 as 0.37499999999999994):
     * that noise is rounded away first, as {@link RatingScale#band} allows for it, so that a half
     * percent always goes up.
     */
    public Integer percent() {
        return percent(value);
    }

    /** A 0–1 value as a whole percentage, rounded as {@link #percent()} explains; null stays null. */
    public static Integer percent(Double value) {
        return value == null
                ? null
                : BigDecimal.valueOf(value)
                        .setScale(10, RoundingMode.HALF_UP)
                        .movePointRight(2)
                        .setScale(0, RoundingMode.HALF_UP)
                        .intValue();
    }

    /** Answered over applicable as a whole percentage (100 when nothing applies). */
    public int completionPercent() {
        return applicable == 0 ? 100 : Math.round(100f * answered / applicable);
    }
}
