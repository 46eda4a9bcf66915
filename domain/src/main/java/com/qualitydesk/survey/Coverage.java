package com.qualitydesk.survey;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CS-02/CS-05: coverage counts customer accounts, not people. A customer is covered once any of its
 * recipients replied; the share is taken over the eligible customers, so an eligible customer
 * without any recipient lowers coverage too.
 */
public record Coverage(int eligible, int covered, int target) {

    /** One invitation as coverage sees it. */
    public record Invited(long customerId, boolean replied) {}

    public static Coverage of(Set<Long> eligibleCustomers, Collection<Invited> invitations, int target) {
        Map<Long, Boolean> replied = invitations.stream()
                .filter(i -> eligibleCustomers.contains(i.customerId()))
                .collect(Collectors.toMap(Invited::customerId, Invited::replied, (a, b) -> a || b));
        int covered = (int) replied.values().stream().filter(r -> r).count();
        return new Coverage(eligibleCustomers.size(), covered, target);
    }

    /** Share in percent, one decimal; nothing to cover counts as fully covered. */
    public double percent() {
        return eligible == 0 ? 100.0 : Math.round(covered * 1000.0 / eligible) / 10.0;
    }

    /** Compared exactly, not on the rounded percentage: 899 of 1000 is below 90 %. */
    public boolean isBelowTarget() {
        return covered * 100L < (long) target * eligible;
    }

    /** How many more customers must reply to reach the target. */
    public int missing() {
        long needed = ((long) target * eligible + 99) / 100;
        return (int) Math.max(0, needed - covered);
    }
}
