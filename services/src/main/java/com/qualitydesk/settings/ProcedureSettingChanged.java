package com.qualitydesk.settings;

/** A parameter got a new value; fired in the transaction that changed it. */
public record ProcedureSettingChanged(ProcedureParameter parameter, int value) {}
