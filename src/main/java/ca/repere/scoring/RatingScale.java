package ca.repere.scoring;

import java.util.List;

/** The values of a framework's rating scale, lowest first (the CCR/CLEO scale is 0 to 4). */
public record RatingScale(List<Integer> values) {

    public RatingScale {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A rating scale needs at least one level");
        }
        values = values.stream().sorted().toList();
        if (values.get(values.size() - 1) <= 0) {
            throw new IllegalArgumentException("The highest level of a rating scale must be above zero");
        }
    }

    public int max() {
        return values.get(values.size() - 1);
    }

    /** A criterion's score: its rating over the highest rating, so 0–1 on a scale starting at 0. */
    double score(int rating) {
        if (!values.contains(rating)) {
            throw new IllegalArgumentException("Rating " + rating + " is not on the scale " + values);
        }
        return (double) rating / max();
    }

    /**
     * The level a score stands for: the one nearest to {@code score × max}. Halfway between two
     * levels counts as the lower one: a result is not called "in place" before it gets there.
     */
    public int band(double score) {
        double position = score * max();
        int nearest = values.get(0);
        for (int value : values) {
            if (Math.abs(value - position) < Math.abs(nearest - position) - 1e-9) {
                nearest = value;
            }
        }
        return nearest;
    }
}
