package com.qualitydesk.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The capability studies as last computed (CS-09), for the indicators and home pages that read
 * every characteristic's month, quarter and year at each visit (IM-04): a year of a gauge is
 * tens of thousands of values, and stored values are never changed or removed, only added, by
 * {@link MeasurementImport}, which moves the characteristic's version. A study is therefore valid
 * while the characteristic's version (its limits and its values) and the procedure's minimum of
 * subgroups are the same; the version is read with the characteristic, so nothing is counted.
 */
@ApplicationScoped
public class RecentStudies {

    /** Enough for the month, quarter and year of 40 characteristics and a trend. */
    static final int STUDIES = 512;

    /** What a study was computed from. */
    public record Key(
            long characteristicId, long characteristicVersion, LocalDate from, LocalDate to, int minimumSubgroups) {}

    private final Map<Key, CapabilityStudy> studies = new LinkedHashMap<>(STUDIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CapabilityStudy> eldest) {
            return size() > STUDIES;
        }
    };

    public synchronized Optional<CapabilityStudy> get(Key key) {
        return Optional.ofNullable(studies.get(key));
    }

    public synchronized CapabilityStudy put(Key key, CapabilityStudy study) {
        studies.put(key, study);
        return study;
    }
}
