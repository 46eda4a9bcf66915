package com.qualitydesk.security;

/**
 * The departments of PROCEDURES.md. They are also the security roles; a person may belong to
 * several.
 */
public enum Department {
    SALES,
    QUALITY,
    TECHNICAL,
    PRODUCTION,
    FINANCE,
    OFFICE,
    GENERAL_MANAGER,
    SERVICE,
    ADMIN;

    /** Role names for annotations, which need compile-time constants. */
    public static final class Role {
        public static final String SALES = "SALES";
        public static final String QUALITY = "QUALITY";
        public static final String TECHNICAL = "TECHNICAL";
        public static final String PRODUCTION = "PRODUCTION";
        public static final String FINANCE = "FINANCE";
        public static final String OFFICE = "OFFICE";
        public static final String GENERAL_MANAGER = "GENERAL_MANAGER";
        public static final String SERVICE = "SERVICE";
        public static final String ADMIN = "ADMIN";

        private Role() {}
    }
}
