package dev.fixturebench.wholesuite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Which test classes {@code --whole-suite} runs: Surefire's default includes, or those {@code --suite-classes} finds. */
class TestClassesTest {

    @Test
    void runsWhatSurefireRunsByDefault() {
        List<String> compiled = List.of("example.FooTest", "example.TestFoo", "example.FooTests",
                "example.FooTestCase", "example.FooIT", "example.Helper", "example.Contest", "example.FooTestUtil");
        assertEquals(List.of("example.FooTest", "example.TestFoo", "example.FooTests", "example.FooTestCase"),
                TestClasses.select(compiled, null), "case counts, as in Surefire's patterns: Contest is no test");
    }

    @Test
    void judgesTheSimpleNameNotThePackage() {
        assertEquals(List.of(), TestClasses.select(List.of("test.example.Helper", "com.Tests.Widget"), null),
                "a package named test makes no test class");
        assertEquals(List.of("FooTest"), TestClasses.select(List.of("FooTest", "FooIT"), null),
                "the default package");
    }

    @Test
    void aNestedClassSelectsItsTopLevelClassOnce() {
        List<String> compiled = List.of("example.AccountTest", "example.AccountTest$WhenOverdrawn",
                "example.AccountTest$WhenOverdrawn$AndFrozen", "example.AccountTest$1",
                "example.LedgerTest$Nested", "example.Helper$InnerTest");
        assertEquals(List.of("example.AccountTest", "example.LedgerTest"), TestClasses.select(compiled, null),
                "nested classes run with their enclosing class; a test-like nested name in a helper is no test class");
    }

    @Test
    void aPatternFindsInTheBinaryNameOfTheTopLevelClass() {
        List<String> compiled = List.of("example.orders.OrdersTest", "example.orders.OrdersIT",
                "example.billing.InvoicesTest", "example.billing.InvoicesTest$Overdue", "example.orders.Helper");
        assertEquals(List.of("example.orders.OrdersTest", "example.orders.OrdersIT", "example.orders.Helper"),
                TestClasses.select(compiled, Pattern.compile("\\.orders\\.")),
                "a pattern replaces the default includes and needs only to be found, not to match the whole");
        assertEquals(List.of("example.orders.OrdersIT"), TestClasses.select(compiled, Pattern.compile("IT$")));
        assertEquals(List.of("example.billing.InvoicesTest"),
                TestClasses.select(compiled, Pattern.compile("Invoices")), "the nested class selects it once");
        assertEquals(List.of(), TestClasses.select(compiled, Pattern.compile("Overdue")),
                "a nested class's own name does not select its enclosing class");
    }

    @Test
    void keepsTheOrderTheClassesCameIn() {
        assertEquals(List.of("b.ZebraTest", "a.AardvarkTest"),
                TestClasses.select(List.of("b.ZebraTest", "a.AardvarkTest"), null));
    }
}
