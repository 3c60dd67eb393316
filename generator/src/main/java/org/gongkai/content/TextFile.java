package org.gongkai.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a content file. Only UTF-8 is accepted; a GBK/GB18030 file (what Windows Office often
 * exports) is recognised and named, rather than printed as mojibake.
 */
final class TextFile {

    private TextFile() {
    }

    static final class EncodingProblem extends Exception {
        EncodingProblem(String message) {
            super(message);
        }
    }

    static String decode(byte[] bytes) throws EncodingProblem {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // fast path: the JDK's own UTF-8 decoding; only text with a replacement character needs the strict check
        String s = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) {
            return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            s = strict(StandardCharsets.UTF_8).decode(buf).toString();
            // one line-end convention from here on
            return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            try {
                strict(Charset.forName("GB18030")).decode(ByteBuffer.wrap(bytes));
                throw new EncodingProblem("文件是 GBK/GB18030 编码（常见于 Windows Office 导出），请用“另存为”选择 UTF-8 编码后再提交");
            } catch (CharacterCodingException e2) {
                throw new EncodingProblem("文件不是有效的 UTF-8 文本，请用 UTF-8 编码保存");
            }
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset cs) {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
