package dev.fixturebench.tests.hostile;

import java.util.List;

import dev.fixturebench.api.Fixture;
import dev.fixturebench.api.Scope;

/** Fixtures for the site's browser test: two fast ones, a slow one, and one whose name and category are markup. */
public final class HostileFixtures {

    static final String SCRIPT = "<script>alert(1)</script>";

    private HostileFixtures() {
    }

    @Fixture(name = SCRIPT, category = "<img src=x onerror=alert(2)>")
    public static String script() {
        return "text, never markup";
    }

    @Fixture(name = "fast_list", category = "Fast")
    public static List<Integer> fastList() {
        return List.of(1, 2, 3);
    }

    @Fixture(name = "fast_text", category = "Fast", scope = Scope.SESSION)
    public static String fastText() {
        return "fast";
    }

    @Fixture(name = "slow_sleep_120ms", category = "Slow")
    public static String slowSleep() throws InterruptedException {
        // a run may slow it down (-Dhostile.slow.factor=2), so a comparison has a fixture that changed for sure
        Thread.sleep(Math.round(120 * Double.parseDouble(System.getProperty("hostile.slow.factor", "1"))));
        return "slow";
    }
}
