package dev.lightspeed.stack.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void anBeforeAVowelAOtherwise() {
        assertEquals("an inference", Words.article("inference"));
        assertEquals("an Eval", Words.article("Eval"), "by the letter, whatever its case");
        assertEquals("a vector_io", Words.article("vector_io"));
        assertEquals("a safety", Words.article("safety"));
    }
}
