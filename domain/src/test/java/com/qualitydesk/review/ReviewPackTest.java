package com.qualitydesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IM-03: the pack is kept as text whose SHA-256 is shown; it reads back exactly as assembled. */
class ReviewPackTest {

    @Test
    void storedPackReadsBackCellForCellWithTheSameHash_IM03() {
        var sections = new ArrayList<ReviewPack.Section>();
        for (ReviewInput input : ReviewInput.values()) {
            sections.add(new ReviewPack.Section(
                    input,
                    List.of(ReviewPack.label("column.item"), ReviewPack.text("Q1")),
                    List.of(
                            List.of(ReviewPack.text("tab\there\nnew line \\ back"), ReviewPack.text("@not a label")),
                            List.of(ReviewPack.label("department.SALES"), ReviewPack.text("顾客满意度 86.4")))));
        }
        ReviewPack pack = ReviewPack.of(sections);
        ReviewPack read = ReviewPack.read(pack.content());
        assertEquals(pack.hash(), read.hash());
        assertEquals(ReviewInput.values().length, read.sections().size());
        var rows = read.section(ReviewInput.RISKS).orElseThrow().rows();
        assertEquals("tab\there\nnew line \\ back", ReviewPack.shown(rows.get(0).get(0), key -> "?"));
        assertEquals("@not a label", ReviewPack.shown(rows.get(0).get(1), key -> "?"));
        assertEquals("销售部", ReviewPack.shown(rows.get(1).get(0), key -> key.equals("department.SALES") ? "销售部" : key));
        assertEquals(64, pack.hash().length());
    }

    @Test
    void packWithoutEveryInputIsRefused_IM03() {
        var only = List.of(new ReviewPack.Section(ReviewInput.OBJECTIVES, List.of("x"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> ReviewPack.of(only));
    }

    @Test
    void hashIsSha256OfTheContent_IM03() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ReviewPack.hash("abc"));
    }
}
