package com.qualitydesk.figures;

/** A control chart's centre line and its three-sigma limits. */
public record ControlLimits(double lower, double center, double upper) {

    /** One sigma of the plotted statistic, as the limits imply it. */
    public double sigma() {
        return (upper - center) / 3;
    }
}
