package org.gongkai.content;

import java.util.Optional;
import java.util.function.Function;

/**
 * A label the editor wrote in front matter for a value the site has a fixed list of (决策状态, 有效性),
 * typed at load: the value when the text names one, else the finding that says so at the key's
 * line. Kept rather than dropped when wrong, so that a rule reports it and later stages still know
 * that a label was written.
 */
public record Stated<T>(Optional<T> known, Optional<Finding> problem) {

    /**
     * {@code written} read with {@code parse}; {@code invalid} makes the finding for a text that
     * names no value. Empty when nothing was written.
     */
    static <T> Optional<Stated<T>> read(
            Optional<String> written,
            Function<String, Optional<T>> parse,
            Function<String, Finding> invalid) {
        return written.map(
                text -> {
                    Optional<T> value = parse.apply(text);
                    return new Stated<>(
                            value,
                            value.isPresent()
                                    ? Optional.empty()
                                    : Optional.of(invalid.apply(text)));
                });
    }
}
