package dev.fixturebench.wholesuite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Which test classes {@code --whole-suite} runs: the top-level ones discovery kept, or those {@code --suite-classes} finds. */
class TestClassesTest {

    @Test
    void withoutAPatternRunsEveryClassDiscoveryKept() {
        assertEquals(List.of("example.FooTest", "example.Helper"),
                TestClasses.select(List.of("example.FooTest", "example.Helper"), null),
                "which classes mvn test runs is decided in discovery, by the pom's includes");
    }

    @Test
    void aNestedClassSelectsItsTopLevelClassOnce() {
        List<String> compiled = List.of("example.AccountTest", "example.AccountTest$WhenOverdrawn",
                "example.AccountTest$WhenOverdrawn$AndFrozen", "example.AccountTest$1",
                "example.LedgerTest$Nested");
        assertEquals(List.of("example.AccountTest", "example.LedgerTest"), TestClasses.select(compiled, null),
                "nested classes run with their enclosing class");
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
