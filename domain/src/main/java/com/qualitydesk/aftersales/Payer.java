package com.qualitydesk.aftersales;

/** AS-08: who pays a service that the contract does not cover, as SALES agreed it. */
public enum Payer {
    CUSTOMER,
    COMPANY,
    SHARED
}
