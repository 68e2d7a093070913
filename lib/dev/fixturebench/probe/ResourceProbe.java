package dev.fixturebench.probe;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fixturebench.probe.ProbeProtocol.Figure;
import dev.fixturebench.probe.ProbeProtocol.Key;
import dev.fixturebench.probe.ProbeProtocol.Result;

/**
 * Measures a test resource the way its framework starts it, but alone: a Quarkus
 * {@code QuarkusTestResourceLifecycleManager} is made with its no-argument constructor, given its init arguments
 * ({@code init(Map)}, untimed), then {@code start()} is timed as its init and {@code stop()} as its teardown.
 * Reflection only: the probe depends on no framework class.
 */
final class ResourceProbe {

    /** The signature its start is timed under, as lifecycle figures name a call. */
    static final String START = "start()";

    private ResourceProbe() {
    }

    /** Starts and stops {@code className} (after the warm-ups, once measured) with {@code initArgs} as key=value. */
    static Map<String, Object> measure(String className, List<String> initArgs) throws Throwable {
        String figure = Figure.lifecycle(className, START);
        String key = Figure.lifecycleKey(figure);
        JUnitTimings.activate(figure);
        Class<?> type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String pair : initArgs) {
            int equals = pair.indexOf('=');
            arguments.put(pair.substring(0, Math.max(equals, 0)), pair.substring(equals + 1));
        }
        for (int i = 0; i < ProbeMain.warmups(); i++) {
            JUnitTimings.reset();
            cycle(type, arguments, key);
        }
        JUnitTimings.reset();
        JUnitTimings.profileThisRun();
        cycle(type, arguments, key);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(Key.STATUS, Result.OK);
        result.putAll(JUnitTimings.figures(figure));
        return result;
    }

    private static void cycle(Class<?> type, Map<String, String> arguments, String key) throws Throwable {
        Object resource = type.getDeclaredConstructor().newInstance();
        Method init = find(type, "init", Map.class);
        if (init != null) {
            invoke(init, resource, arguments);
        }
        Method start = find(type, "start");
        Method stop = find(type, "stop");
        if (start == null) {
            throw new IllegalArgumentException(type.getName() + " has no start() method: it is no test resource");
        }
        JUnitTimings.time(key, "Start", () -> invoke(start, resource));
        if (stop != null) {
            JUnitTimings.time(key, JUnitTimings.TEARDOWN, () -> invoke(stop, resource));
        }
    }

    private static Method find(Class<?> type, String name, Class<?>... parameters) {
        for (Class<?> level = type; level != null; level = level.getSuperclass()) {
            try {
                Method method = level.getDeclaredMethod(name, parameters);
                method.setAccessible(true);
                return method;
            } catch (NoSuchMethodException notHere) {
                // look further up
            }
        }
        try {
            return type.getMethod(name, parameters); // an interface's default method
        } catch (NoSuchMethodException absent) {
            return null;
        }
    }

    private static Object invoke(Method method, Object target, Object... arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
