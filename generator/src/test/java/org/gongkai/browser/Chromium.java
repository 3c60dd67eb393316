package org.gongkai.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its own chromedriver (browsers cannot be downloaded
 * here), at a phone viewport, with every host but 127.0.0.1 unreachable so a stray third-party
 * request fails loudly instead of leaving the machine.
 */
public final class Chromium {

    public static final int PHONE_WIDTH = 360;
    public static final int PHONE_HEIGHT = 740;

    private Chromium() {}

    public static Path binary() {
        for (String p :
                List.of(
                        "/usr/bin/chromium",
                        "/usr/bin/chromium-browser",
                        "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        throw new IllegalStateException(
                "Chromium not found: install Debian's chromium and chromium-driver "
                        + "(apt-get install -y chromium chromium-driver), as .ci/run does");
    }

    public static ChromeDriver phone(boolean javascript) {
        return start(PHONE_WIDTH, PHONE_HEIGHT, javascript, true);
    }

    /**
     * A phone whose reader has set the browser's text size (Chrome's 设置 → 字体大小; 200 = every text
     * twice as large), which is how WCAG 1.4.4 resizes text.
     */
    public static ChromeDriver phoneWithTextSize(int width, int percent) {
        return start(width, PHONE_HEIGHT, true, true, 16 * percent / 100);
    }

    public static ChromeDriver desktop() {
        return start(1280, 900, true, false);
    }

    public static ChromeDriver start(int width, int height, boolean javascript, boolean mobile) {
        return start(width, height, javascript, mobile, 16);
    }

    private static ChromeDriver start(
            int width, int height, boolean javascript, boolean mobile, int defaultFontPx) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(binary().toFile());
        o.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=zh-CN",
                "--window-size=" + width + "," + height,
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        if (mobile) {
            o.setExperimentalOption(
                    "mobileEmulation",
                    Map.of(
                            "deviceMetrics",
                            Map.of(
                                    "width",
                                    width,
                                    "height",
                                    height,
                                    "pixelRatio",
                                    2.0,
                                    "touch",
                                    true)));
        }
        Map<String, Object> prefs = new HashMap<>();
        if (defaultFontPx != 16) {
            prefs.put("webkit.webprefs.default_font_size", defaultFontPx);
        }
        if (!javascript) {
            o.addArguments("--blink-settings=scriptEnabled=false");
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        if (!prefs.isEmpty()) {
            o.setExperimentalOption("prefs", prefs);
        }
        String driver =
                Files.isExecutable(Path.of("/usr/bin/chromedriver"))
                        ? "/usr/bin/chromedriver"
                        : null;
        ChromeDriverService.Builder service = new ChromeDriverService.Builder();
        if (driver != null) {
            service.usingDriverExecutable(Path.of(driver).toFile());
        }
        return new ChromeDriver(service.build(), o);
    }

    /**
     * axe-core's script, installed by Maven's npm ci step from src/test/browser/package-lock.json.
     */
    public static String axeSource() throws IOException {
        Path axe =
                Path.of(
                        System.getProperty("gongkai.repo", ".."),
                        "generator",
                        "src",
                        "test",
                        "browser",
                        "node_modules",
                        "axe-core",
                        "axe.min.js");
        if (!Files.isRegularFile(axe)) {
            throw new IllegalStateException(
                    "axe-core missing at "
                            + axe
                            + ": run `npm ci` in generator/src/test/browser "
                            + "(Maven does this in generate-test-resources)");
        }
        return Files.readString(axe);
    }
}
