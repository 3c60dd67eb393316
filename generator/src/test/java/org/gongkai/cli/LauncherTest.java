package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @Test
    void
            batchCommandsRunOnC1WithTheParallelCollectorAFixedYoungGenerationEarlyPromotionAndAHeapCeiling() {
        List<String> build = Launcher.jvmOptions(new String[] {"build", "--quiet"});
        assertTrue(build.contains("-XX:TieredStopAtLevel=1"), build.toString());
        assertTrue(
                build.contains("-XX:+UseParallelGC") && build.contains("-Xmn120m"),
                build.toString());
        assertTrue(
                build.contains("-XX:MaxTenuringThreshold=1"),
                "what survives a collection lives for the build");
        assertTrue(
                !Launcher.jvmOptions(new String[] {"serve"}).contains("-XX:MaxTenuringThreshold=1"),
                "serve keeps the serial collector's own ageing: its pages die between edits");
        assertTrue(build.stream().anyMatch(o -> o.startsWith("-Xmx")), build.toString());
        assertTrue(Launcher.heapMegabytes() >= 512);
    }

    @Test
    void eachCommandHasItsOwnClassArchive() {
        assertEquals("build", Launcher.commandOf(new String[] {"build", "--quiet"}));
        assertEquals("check", Launcher.commandOf(new String[] {"check"}));
        assertEquals("main", Launcher.commandOf(new String[] {"--help"}));
        assertEquals("main", Launcher.commandOf(new String[] {}));
        assertEquals(
                "main",
                Launcher.commandOf(new String[] {"../x"}),
                "never a path in the archive's name");
    }

    @Test
    void theLongRunningServerKeepsTheOptimisingCompiler() {
        List<String> serve = Launcher.jvmOptions(new String[] {"serve"});
        assertFalse(serve.contains("-XX:TieredStopAtLevel=1"), serve.toString());
        assertTrue(
                serve.contains("-XX:NewRatio=1") && serve.contains("-XX:+UseSerialGC"),
                serve.toString());
    }

    @Test
    void hugePagesOnlyWhereTheKernelGivesThemOnRequest(@TempDir Path dir) throws IOException {
        Path setting = dir.resolve("enabled");
        Files.writeString(setting, "always [madvise] never\n");
        assertTrue(Launcher.hugePagesOnRequest(setting));
        Files.writeString(setting, "always madvise [never]\n");
        assertFalse(Launcher.hugePagesOnRequest(setting), "the flag would only print a warning");
        Files.writeString(setting, "[always] madvise never\n");
        assertFalse(Launcher.hugePagesOnRequest(setting), "the kernel gives them already");
        assertFalse(Launcher.hugePagesOnRequest(dir.resolve("missing")));
    }
}
