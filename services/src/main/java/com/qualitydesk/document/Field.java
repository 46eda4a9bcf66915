package com.qualitydesk.document;

/** One labelled value of a document, e.g. "Our reference" / "FB-2026-0042". */
public record Field(String label, String value) {}
