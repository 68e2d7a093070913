package dev.fixturebench.probe;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.junit.rules.MethodRule;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.FrameworkField;
import org.junit.runners.model.FrameworkMethod;
import org.junit.runners.model.MultipleFailureException;
import org.junit.runners.model.Statement;
import org.junit.runners.model.TestClass;

/**
 * The timed steps a JUnit 4 runner of the probe builds its statements from: each {@code @Before…}/{@code @After…}
 * call, each rule's work before and after the statement it wraps, and test bodies that are skipped. Shared by the
 * probe's plain and parameterized runners, which differ only in what JUnit class they extend.
 */
final class JUnit4Steps {

    private JUnit4Steps() {
    }

    /** Runs {@code methods} in order, each timed, then {@code next}; the first that throws stops the rest. */
    static Statement befores(List<FrameworkMethod> methods, Object target, Statement next, String kind) {
        if (methods.isEmpty()) {
            return next;
        }
        return new Statement() {
            @Override
            public void evaluate() throws Throwable {
                for (FrameworkMethod method : methods) {
                    CallTimer.time(CallKey.of(method.getMethod()), kind,
                            () -> method.invokeExplosively(target));
                }
                next.evaluate();
            }
        };
    }

    /** Runs {@code next}, then every one of {@code methods}, each timed, whatever threw before, as JUnit does. */
    static Statement afters(List<FrameworkMethod> methods, Object target, Statement next, String kind) {
        if (methods.isEmpty()) {
            return next;
        }
        return new Statement() {
            @Override
            public void evaluate() throws Throwable {
                List<Throwable> errors = new ArrayList<>();
                try {
                    next.evaluate();
                } catch (Throwable e) {
                    errors.add(e);
                } finally {
                    for (FrameworkMethod method : methods) {
                        try {
                            CallTimer.time(CallKey.of(method.getMethod()), kind,
                                    () -> method.invokeExplosively(target));
                        } catch (Throwable e) {
                            errors.add(e);
                        }
                    }
                }
                MultipleFailureException.assertEmpty(errors);
            }
        };
    }

    /**
     * The test body: {@code body} in a whole-suite run, where the bodies are the tests, else one not run, as a
     * fixture's fork measures fixtures, not tests.
     */
    static Statement body(Statement body) {
        SuiteRecorder suite = SuiteRecorder.active();
        if (suite != null) {
            return new Statement() {
                @Override
                public void evaluate() throws Throwable {
                    suite.methodWorkStarted(); // the test's own set-up window ends where its body begins
                    body.evaluate();
                }
            };
        }
        if (CallTimer.runsBodies()) {
            return body;
        }
        return new Statement() {
            @Override
            public void evaluate() {
                JUnitTimings.methodWorkStarted();
            }
        };
    }

    /** The test instance, made under the timer as a call of its constructor. */
    static Object createTest(TestClass testClass, java.util.concurrent.Callable<Object> create) throws Exception {
        try {
            return CallTimer.time(CallKey.of(testClass.getOnlyConstructor()), "<init>", create::call);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable other) {
            throw new IllegalStateException(other);
        }
    }

    /**
     * {@code rules} as JUnit built them, each timed under the field or method that declares it, in the order of their
     * {@code order} attribute (JUnit 4.13), which JUnit could no longer read off the wrappers.
     */
    static List<TestRule> testRules(List<TestRule> rules, TestClass testClass, Object target,
                                    Class<? extends Annotation> annotation) {
        RuleSources sources = new RuleSources(testClass, target, annotation);
        List<Ordered<TestRule>> timed = new ArrayList<>();
        for (TestRule rule : rules) {
            timed.add(new Ordered<>(sources.order(rule),
                    new TimedTestRule(sources.key(rule), annotation.getSimpleName(), rule)));
        }
        return sorted(timed);
    }

    static List<MethodRule> methodRules(List<MethodRule> rules, TestClass testClass, Object target,
                                        Class<? extends Annotation> annotation) {
        RuleSources sources = new RuleSources(testClass, target, annotation);
        List<Ordered<MethodRule>> timed = new ArrayList<>();
        for (MethodRule rule : rules) {
            if (rule instanceof TestRule) {
                continue; // JUnit applies a rule of both kinds once, as a TestRule
            }
            String key = sources.key(rule);
            timed.add(new Ordered<>(sources.order(rule),
                    (base, method, test) -> ruleStatement(key, "Rule", base, inner -> rule.apply(inner, method, test))));
        }
        return sorted(timed);
    }

    /** A wrapped rule and the order its field or method gave the rule it wraps. */
    private record Ordered<R>(int order, R rule) {
    }

    /**
     * The wrapped rules in the order JUnit applies them, each around those before it: the highest {@code order}
     * first, innermost, the lowest last, outermost; a stable sort keeps JUnit's own order among equals.
     */
    private static <R> List<R> sorted(List<Ordered<R>> rules) {
        List<Ordered<R>> sorted = new ArrayList<>(rules);
        sorted.sort(java.util.Comparator.comparingInt((Ordered<R> rule) -> rule.order()).reversed());
        return sorted.stream().map(Ordered::rule).toList();
    }

    /**
     * Where each rule of a test instance (or class) comes from: a field, by identity of its value, or a rule method,
     * matched in declaration order to the first not yet used whose return type fits (a method's value is a new object
     * each call); its key and its {@code order} (default where JUnit has none, before 4.13).
     */
    private static final class RuleSources {
        private final Map<Object, String> keys = new IdentityHashMap<>();
        private final Map<Object, Integer> orders = new IdentityHashMap<>();
        private final List<FrameworkMethod> methods;
        private final Class<? extends Annotation> annotation;

        RuleSources(TestClass testClass, Object target, Class<? extends Annotation> annotation) {
            this.annotation = annotation;
            this.methods = new ArrayList<>(testClass.getAnnotatedMethods(annotation));
            for (FrameworkField field : testClass.getAnnotatedFields(annotation)) {
                try {
                    Object value = field.get(target);
                    if (value != null && !keys.containsKey(value)) {
                        keys.put(value, fieldKey(field.getField()));
                        orders.put(value, order(field.getAnnotation(annotation)));
                    }
                } catch (IllegalAccessException | RuntimeException unreadable) {
                    // JUnit's validation reports such a field; its rule then has no key of its own
                }
            }
        }

        String key(Object rule) {
            String key = keys.get(rule);
            if (key != null) {
                return key;
            }
            for (FrameworkMethod method : methods) {
                if (method.getReturnType().isInstance(rule)) {
                    methods.remove(method);
                    keys.put(rule, CallKey.of(method.getMethod()));
                    orders.put(rule, order(method.getAnnotation(annotation)));
                    return keys.get(rule);
                }
            }
            return rule.getClass().getName();
        }

        int order(Object rule) {
            key(rule);
            return orders.getOrDefault(rule, DEFAULT_ORDER);
        }

        private static int order(Annotation annotation) {
            try {
                return (Integer) annotation.annotationType().getMethod("order").invoke(annotation);
            } catch (ReflectiveOperationException | RuntimeException before413) {
                return DEFAULT_ORDER;
            }
        }
    }

    /** JUnit 4.13's {@code Rule.DEFAULT_ORDER}. */
    private static final int DEFAULT_ORDER = -1;

    static String fieldKey(Field field) {
        return field.getDeclaringClass().getName() + "#" + field.getName();
    }

    /** How a rule wraps the statement it is given. */
    interface Wrapping {
        Statement apply(Statement inner) throws Throwable;
    }

    /**
     * A rule's statement, timed: its init is the rule's {@code apply} and its work until the wrapped statement starts;
     * its teardown is its work after the wrapped statement ends. A rule that never runs its statement: all of its work
     * was set-up.
     */
    static Statement ruleStatement(String key, String kind, Statement base, Wrapping rule) {
        return new Statement() {
            @Override
            public void evaluate() throws Throwable {
                CallTimer.Span init = CallTimer.begin(key, kind, false);
                CallTimer.Span[] teardown = new CallTimer.Span[1];
                Statement marked = new Statement() {
                    @Override
                    public void evaluate() throws Throwable {
                        init.end();
                        try {
                            base.evaluate();
                        } finally {
                            teardown[0] = CallTimer.begin(key, kind, true);
                        }
                    }
                };
                try {
                    rule.apply(marked).evaluate();
                } finally {
                    init.end();
                    if (teardown[0] != null) {
                        teardown[0].end();
                    }
                }
            }
        };
    }

    /** A {@link TestRule} whose work is timed under {@code key}, a rule of {@code kind} (Rule or ClassRule). */
    private record TimedTestRule(String key, String kind, TestRule rule) implements TestRule {
        @Override
        public Statement apply(Statement base, Description description) {
            return ruleStatement(key, kind, base, inner -> rule.apply(inner, description));
        }
    }
}
