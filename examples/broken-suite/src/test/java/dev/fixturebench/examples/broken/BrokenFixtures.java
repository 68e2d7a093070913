package dev.fixturebench.examples.broken;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import dev.fixturebench.api.Fixture;
import dev.fixturebench.api.Scope;

/** Fixtures that fail each in its own way, beside one that works. */
public final class BrokenFixtures {

    private BrokenFixtures() {
    }

    @Fixture(name = "healthy_config", scope = Scope.SESSION, category = "Healthy")
    public static Map<String, String> healthyConfig() {
        return Map.of("model", "tiny", "seed", "42");
    }

    @Fixture(name = "hangs_forever", category = "Broken")
    public static Object hangsForever() throws InterruptedException {
        new CountDownLatch(1).await();
        return "never";
    }

    @Fixture(name = "exits_with_3", category = "Broken")
    public static Object exitsWith3() {
        System.exit(3);
        return "never";
    }

    @Fixture(name = "throws_on_build", category = "Broken")
    public static Object throwsOnBuild() {
        // the registry's path may come from the JVM's options, so a run can show what reached the fork
        throw new IllegalStateException("the model registry is empty",
                new java.io.FileNotFoundException(System.getProperty("broken.registry", "models/registry.json")));
    }

    @Fixture(name = "allocates_past_xmx", category = "Broken")
    public static Object allocatesPastXmx() {
        List<long[]> hoard = new ArrayList<>();
        while (true) {
            hoard.add(new long[1 << 20]); // 8 MiB a step, kept
        }
    }

    @Fixture(name = "crashes_the_jvm", category = "Broken")
    public static Object crashesTheJvm() throws ReflectiveOperationException {
        Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
        field.setAccessible(true);
        ((sun.misc.Unsafe) field.get(null)).putAddress(0, 42);
        return "never";
    }
}
