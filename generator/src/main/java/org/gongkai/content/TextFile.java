package org.gongkai.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a content file. Only UTF-8 is accepted; a GBK/GB18030 file (what Windows Office often
 * exports) is recognised and named, rather than printed as mojibake.
 */
final class TextFile {

    private TextFile() {}

    static final class EncodingProblem extends Exception {
        private static final long serialVersionUID = 1L;

        EncodingProblem(String message) {
            super(message);
        }
    }

    static String decode(byte[] bytes) throws EncodingProblem {
        int start =
                bytes.length >= 3
                                && (bytes[0] & 0xFF) == 0xEF
                                && (bytes[1] & 0xFF) == 0xBB
                                && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        // fast path: the JDK's own UTF-8 decoding. Text with neither a replacement character nor a
        // NUL is valid UTF-8 and cannot be UTF-16 (whose byte-order marks are invalid UTF-8 and
        // whose ASCII letters alternate with NULs), so only the rest needs the checks below
        String s = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0 && s.indexOf('\0') < 0) {
            return oneLineEnd(s);
        }
        if (looksUtf16(bytes)) {
            // ASCII text in UTF-16 is also valid UTF-8 with a NUL between letters; say what it is
            // instead
            throw new EncodingProblem(
                    "文件是 UTF-16 编码（记事本的“Unicode”或 Word 的“Unicode 文本”），请用“另存为”选择 UTF-8 编码后再提交");
        }
        if (s.indexOf('\uFFFD') < 0) {
            refuseNul(s);
            return oneLineEnd(s);
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            s = strict(StandardCharsets.UTF_8).decode(buf).toString();
            refuseNul(s);
            return oneLineEnd(s);
        } catch (CharacterCodingException e) {
            try {
                strict(Charset.forName("GB18030")).decode(ByteBuffer.wrap(bytes));
                throw new EncodingProblem(
                        "文件是 GBK/GB18030 编码（常见于 Windows Office 导出），请用“另存为”选择 UTF-8 编码后再提交");
            } catch (CharacterCodingException e2) {
                throw new EncodingProblem("文件不是有效的 UTF-8 文本，请用 UTF-8 编码保存");
            }
        }
    }

    /** One line-end convention from here on. */
    private static String oneLineEnd(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * A UTF-16 byte-order mark, or NUL in most odd or most even positions of the first kilobytes.
     */
    static boolean looksUtf16(byte[] bytes) {
        if (bytes.length >= 2
                && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
                        || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF))) {
            return true;
        }
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) {
            return false;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenNul++;
            }
            if (bytes[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        return (evenNul > pairs * 0.3 && oddNul < pairs * 0.05)
                || (oddNul > pairs * 0.3 && evenNul < pairs * 0.05);
    }

    /** NUL is never text: a Word file renamed to .md, or a broken export. */
    private static void refuseNul(String s) throws EncodingProblem {
        int nul = s.indexOf('\0');
        if (nul >= 0) {
            throw new EncodingProblem(
                    "文件第 "
                            + lineOf(s, nul)
                            + " 行含有 NUL（空）字符，它不是纯文本（可能是 Word 文档或损坏的文件）；"
                            + "请把内容粘贴到文本编辑器中，另存为 UTF-8 文本");
        }
    }

    private static int lineOf(String s, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
