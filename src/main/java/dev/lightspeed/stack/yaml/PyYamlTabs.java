package dev.lightspeed.stack.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * The tabs PyYAML refuses where SnakeYAML takes them. PyYAML's scanner ({@code yaml/scanner.py}: {@code
 * scan_to_next_token} skips only spaces, {@code scan_plain} and {@code scan_plain_spaces} stop at a tab) never treats a
 * tab as separation: a tab after a value at the end of a line ({@code key: value<TAB>}), between words of a plain value,
 * after a colon or on a blank line fails with "found character '\t' that cannot start any token". Tabs are fine inside
 * quoted and block scalars and inside comments. SnakeYAML's {@code scanPlainSpaces} skips such tabs, so the file
 * reads there; llama-stack (which reads run.yaml with PyYAML) refuses it. Only called on text SnakeYAML has read.
 */
final class PyYamlTabs {

    private PyYamlTabs() {
    }

    /** The code point offset of the first tab PyYAML refuses, if any. */
    static OptionalInt firstRefused(String text, LoaderOptions options) {
        if (text.indexOf('\t') < 0) {
            return OptionalInt.empty();
        }
        List<int[]> allowed = new ArrayList<>(); // [start, end) of quoted and block scalars, in code points
        try {
            ScannerImpl scanner = new ScannerImpl(new StreamReader(new StringReader(text)), options);
            while (scanner.checkToken(new Token.ID[0])) {
                Token t = scanner.getToken();
                if (t instanceof ScalarToken s && s.getStyle() != DumperOptions.ScalarStyle.PLAIN) {
                    allowed.add(new int[] {s.getStartMark().getIndex(), s.getEndMark().getIndex()});
                }
            }
        } catch (YAMLException e) {
            return OptionalInt.empty(); // the composer has read it, so the scanner does too; nothing to add
        }
        int[] cps = text.codePoints().toArray();
        int range = 0;
        boolean comment = false;
        for (int i = 0; i < cps.length; i++) {
            while (range < allowed.size() && allowed.get(range)[1] <= i) {
                range++;
            }
            boolean inScalar = range < allowed.size() && allowed.get(range)[0] <= i;
            int c = cps[i];
            if (c == '\n' || c == '\r') {
                comment = false;
            } else if (!inScalar && !comment && c == '#' && (i == 0 || " \t\n\r".indexOf(cps[i - 1]) >= 0)) {
                comment = true;
            } else if (c == '\t' && !inScalar && !comment) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
