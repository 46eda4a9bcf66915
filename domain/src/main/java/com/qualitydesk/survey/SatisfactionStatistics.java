package com.qualitydesk.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CS-08: the "customer satisfaction statistics" of one group of replies. Per item: the mean score,
 * the share of satisfied answers (4 or 5). Over all items: the weighted satisfaction index, the
 * weighted mean of the item means as a share of the best score 5, in percent. "Not applicable"
 * answers are left out of every figure; an item nobody scored is left out of the index.
 */
public final class SatisfactionStatistics {

    public static final int BEST = 5;
    public static final int SATISFIED_FROM = 4;

    /** One item of the questionnaire as the statistics need it. */
    public record Item(long id, int weight) {}

    /** One scored answer: the item and its score 1..5. */
    public record Score(long itemId, int score) {}

    public record ItemFigures(long itemId, int answers, double mean, double satisfiedPercent) {}

    private final List<Item> items;
    private final Map<Long, int[]> counts = new LinkedHashMap<>();

    public SatisfactionStatistics(Collection<Item> items) {
        this.items = List.copyOf(items);
        for (Item item : items) {
            counts.put(item.id(), new int[BEST + 1]);
        }
    }

    public SatisfactionStatistics add(Score score) {
        int[] c = counts.get(score.itemId());
        if (c != null && score.score() >= 1 && score.score() <= BEST) {
            c[score.score()]++;
        }
        return this;
    }

    public SatisfactionStatistics addAll(Collection<Score> scores) {
        scores.forEach(this::add);
        return this;
    }

    /** Adds a count of answers with the same score: how the database hands grouped figures over. */
    public SatisfactionStatistics add(long itemId, int score, long count) {
        int[] c = counts.get(itemId);
        if (c != null && score >= 1 && score <= BEST) {
            c[score] += (int) count;
        }
        return this;
    }

    public List<ItemFigures> items() {
        var result = new ArrayList<ItemFigures>();
        for (Item item : items) {
            int[] c = counts.get(item.id());
            int n = 0;
            long sum = 0;
            int satisfied = 0;
            for (int s = 1; s <= BEST; s++) {
                n += c[s];
                sum += (long) s * c[s];
                if (s >= SATISFIED_FROM) {
                    satisfied += c[s];
                }
            }
            result.add(new ItemFigures(
                    item.id(), n, n == 0 ? Double.NaN : (double) sum / n, n == 0 ? Double.NaN : satisfied * 100.0 / n));
        }
        return result;
    }

    /** The weighted satisfaction index in percent, or NaN when nothing was scored. */
    public double index() {
        double weighted = 0;
        long weights = 0;
        var figures = items();
        for (int i = 0; i < items.size(); i++) {
            var f = figures.get(i);
            if (f.answers() > 0) {
                weighted += items.get(i).weight() * f.mean();
                weights += items.get(i).weight();
            }
        }
        return weights == 0 ? Double.NaN : weighted / weights / BEST * 100.0;
    }

    /** Share of all scored answers that are satisfied (4 or 5), in percent. */
    public double satisfiedPercent() {
        long n = 0;
        long satisfied = 0;
        for (int[] c : counts.values()) {
            for (int s = 1; s <= BEST; s++) {
                n += c[s];
                if (s >= SATISFIED_FROM) {
                    satisfied += c[s];
                }
            }
        }
        return n == 0 ? Double.NaN : satisfied * 100.0 / n;
    }
}
