package dev.lightspeed.stack.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarTest {

    @Test
    void closestFirstThenAlphabetical() {
        assertEquals(List.of("openai"), Similar.closest("opneai", List.of("openai", "ollama", "vllm"), 3));
        assertEquals(List.of("inference"), Similar.closest("inferenc", List.of("inference", "inference", "eval"), 5),
                "duplicates are dropped");
        assertEquals(List.of("AB", "ac", "ba"), Similar.closest("ab", List.of("ba", "ac", "AB"), 5),
                "case-insensitive; AB is distance 0, ac 1, ba 2");
        assertEquals(List.of("AB"), Similar.closest("ab", List.of("ba", "ac", "AB"), 1), "at most max");
    }

    @Test
    void containmentCounts() {
        assertEquals(List.of("inline::faiss"), Similar.closest("faiss", List.of("inline::faiss", "remote::chroma"), 3));
    }

    @Test
    void theLimitGrowsWithTheLength() {
        assertEquals(List.of(), Similar.closest("xyz", List.of("openai"), 3));
        // 12 characters: up to 4 edits
        assertEquals(List.of("sentence-transformers"), Similar.closest("sentense-transfomer",
                List.of("sentence-transformers"), 1));
        assertEquals(List.of(), Similar.closest("model-context", List.of("rag-runtime"), 1));
    }

    @Test
    void quotedList() {
        assertEquals("", Similar.quotedList(List.of(), "or"));
        assertEquals("'a'", Similar.quotedList(List.of("a"), "or"));
        assertEquals("'a' or 'b'", Similar.quotedList(List.of("a", "b"), "or"));
        assertEquals("'a', 'b' and 'c'", Similar.quotedList(List.of("a", "b", "c"), "and"));
    }
}
