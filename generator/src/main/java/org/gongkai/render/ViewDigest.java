package org.gongkai.render;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.security.MessageDigest;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.content.Digest;

/**
 * An MD5 of a page's view, stable from one JVM to the next: what an incremental build compares with
 * the last build's record to know a page would come out the same. Views are records of strings,
 * numbers, lists and records (see {@link Views}); each value is written with its kind and length,
 * so two different views never encode alike. Anything else is refused rather than guessed at: a
 * view type that cannot be digested must be added here, not silently treated as "unchanged".
 *
 * <p>The bytes are fed to the one {@link Digest} (MD5, 16 bytes; see there why, and 0.25 s for the
 * 10,000-document site's views).
 */
public final class ViewDigest {

    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();

    private final MessageDigest md5;
    private final byte[] buffer = new byte[8192];
    private int used;

    private ViewDigest() {
        md5 = Digest.start();
    }

    /** The digest of {@code view}, 16 bytes. */
    public static byte[] of(Object view) {
        ViewDigest d = new ViewDigest();
        d.value(view);
        d.flush();
        return d.md5.digest();
    }

    private void value(Object v) {
        if (v == null) {
            tag('0');
        } else if (v instanceof String s) {
            tag('s');
            text(s);
        } else if (v instanceof Integer
                || v instanceof Long
                || v instanceof Short
                || v instanceof Byte) {
            tag('i');
            number(((Number) v).longValue());
        } else if (v instanceof Boolean b) {
            tag(b ? 'T' : 'F');
        } else if (v instanceof Character c) {
            tag('c');
            number(c);
        } else if (v instanceof Double || v instanceof Float) {
            tag('d');
            number(Double.doubleToLongBits(((Number) v).doubleValue()));
        } else if (v instanceof Enum<?> e) {
            tag('e');
            text(e.getDeclaringClass().getName());
            text(e.name());
        } else if (v instanceof TemporalAccessor t) {
            tag('t');
            text(v.getClass().getName());
            text(t.toString());
        } else if (v instanceof Optional<?> o) {
            tag('o');
            value(o.orElse(null));
        } else if (v instanceof Collection<?> c) {
            // lists keep their order; a view never holds an unordered set (its order would be the
            // JVM's)
            if (c instanceof Set<?>
                    && !(c instanceof SortedSet<?>)
                    && !(c instanceof LinkedHashSet<?>)) {
                throw new IllegalArgumentException(
                        "a view holds an unordered set: " + c.getClass().getName());
            }
            tag('l');
            number(c.size());
            for (Object x : c) {
                value(x);
            }
        } else if (v instanceof Map<?, ?> m) {
            if (!(m instanceof SortedMap<?, ?>) && !(m instanceof LinkedHashMap<?, ?>)) {
                throw new IllegalArgumentException(
                        "a view holds an unordered map: " + m.getClass().getName());
            }
            tag('m');
            number(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                value(e.getKey());
                value(e.getValue());
            }
        } else if (v.getClass().isRecord()) {
            tag('r');
            text(v.getClass().getName());
            for (Method accessor : ACCESSORS.computeIfAbsent(v.getClass(), ViewDigest::accessors)) {
                try {
                    value(accessor.invoke(v));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            throw new IllegalArgumentException(
                    "a view holds a "
                            + v.getClass().getName()
                            + ", which ViewDigest does not know how to compare");
        }
    }

    private static Method[] accessors(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] out = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            out[i] = components[i].getAccessor();
            out[i].setAccessible(true);
        }
        return out;
    }

    private void tag(char c) {
        room(1);
        buffer[used++] = (byte) c;
    }

    private void number(long n) {
        room(8);
        for (int i = 0; i < 8; i++) {
            buffer[used++] = (byte) (n >>> (56 - 8 * i));
        }
    }

    /** The length, then the UTF-16 code units: no encoding step, and no two strings alike. */
    private void text(String s) {
        number(s.length());
        char[] chars = CHARS.get();
        for (int from = 0; from < s.length(); from += chars.length) {
            int end = Math.min(s.length(), from + chars.length);
            s.getChars(from, end, chars, 0);
            for (int i = 0, n = end - from; i < n; i++) {
                if (used + 2 > buffer.length) {
                    flush();
                }
                char c = chars[i];
                buffer[used] = (byte) (c >>> 8);
                buffer[used + 1] = (byte) c;
                used += 2;
            }
        }
    }

    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[4096]);

    private void room(int bytes) {
        if (used + bytes > buffer.length) {
            flush();
        }
    }

    private void flush() {
        md5.update(buffer, 0, used);
        used = 0;
    }
}
