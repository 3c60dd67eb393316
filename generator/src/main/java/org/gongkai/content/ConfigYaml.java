package org.gongkai.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A settings file other than site.yaml (platform.yaml) read the way site.yaml is: SnakeYAML's
 * composer with the same limits, every value with its line, every wrong shape a finding. The typed
 * reading of each file lives with its stage; this is only the door.
 */
public final class ConfigYaml {

    /** A settings file is a few kilobytes; a larger one is refused before it is read. */
    public static final long MAX_BYTES = 1024 * 1024;

    private static final SizeLimit LIMIT = new SizeLimit("file-too-large", MAX_BYTES, 1024, "KB");

    private final FrontMatter map;

    private ConfigYaml(FrontMatter map) {
        this.map = map;
    }

    /**
     * Reads {@code file}, naming it {@code name} in findings. Empty when it is missing, unreadable
     * or not a mapping (each reported).
     */
    public static Optional<ConfigYaml> read(Path file, String name, List<Finding> findings) {
        SourceRef top = SourceRef.file(name);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            findings.add(
                    Finding.error(
                            "platform-config",
                            top,
                            Files.isRegularFile(file)
                                    ? name + " 是符号链接，不允许：请放入真实文件"
                                    : "缺少 " + name));
            return Optional.empty();
        }
        try {
            if (!LIMIT.admits(file, top, name + " ", "", findings)) {
                return Optional.empty();
            }
            String text = TextFile.decode(Files.readAllBytes(file));
            return SettingsReader.mapping(name, text, "platform-config", findings)
                    .map(ConfigYaml::new);
        } catch (IOException e) {
            findings.add(
                    Finding.error("file-unreadable", top, "无法读取 " + name + "：" + e.getMessage()));
        } catch (TextFile.EncodingProblem e) {
            findings.add(Finding.error("encoding", top, e.getMessage()));
        }
        return Optional.empty();
    }

    public boolean has(String key) {
        return map.has(key);
    }

    /** Where a key stands (the top of the file when it is absent). */
    public SourceRef at(String key) {
        return map.at(key);
    }

    /** A short text; a list or mapping is reported at its line. */
    public Optional<String> string(String key) {
        return map.string(key);
    }

    /** A list of texts; a single value is a one-item list. */
    public List<String> strings(String key) {
        return map.strings(key);
    }

    /** A mapping of short texts. */
    public Map<String, String> stringMap(String key) {
        return map.stringMap(key);
    }

    /**
     * A list of mappings ({@code columns: [{id: …}, …]}); any other item is reported at its line.
     */
    public List<ConfigYaml> mappings(String key) {
        Object v = map.raw(key);
        List<ConfigYaml> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof List<?> list)) {
            map.error("front-matter-type", at(key), "“" + key + "”应是列表，每一项是一个键值表");
            return out;
        }
        for (Object item : list) {
            if (item instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> mm = (Map<String, Object>) m;
                out.add(new ConfigYaml(map.child(mm, item, key)));
            } else {
                map.error(
                        "front-matter-type",
                        map.valueAt(item, key),
                        "“" + key + "”的每一项应是键值表，例如 {id: …, name: …}");
            }
        }
        return out;
    }

    /** Where this mapping itself starts (a list item's first key). */
    public SourceRef start() {
        return map.start();
    }

    public void error(String rule, SourceRef where, String message) {
        map.error(rule, where, message);
    }

    public void warning(String rule, SourceRef where, String message) {
        map.warning(rule, where, message);
    }

    /** Unknown keys are warnings at their line, with the nearest known name as a hint. */
    public void warnUnknownKeys(Collection<String> known, String what) {
        map.warnUnknownKeys(known, what);
    }
}
