package com.qualitydesk.intake;

/** A new key and its record: the only moment the key itself is known. */
public record GeneratedKey(String key, IntakeKey record) {}
