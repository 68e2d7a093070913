package dev.fixturebench.discovery.scanned4;

import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Scanned, never run: a Parameterized class whose @Parameters method generates its variants. */
@RunWith(Parameterized.class)
public class TableSpec {

    private final String row;

    public TableSpec(String row) {
        this.row = row;
    }

    @Parameters(name = "{0}")
    public static List<Object[]> rows() {
        return List.of(new Object[] {"a"}, new Object[] {"b"});
    }

    @Before
    public void parse() {
    }

    @Test
    public void checks() {
    }

    @Test
    public void checksAgain() {
    }
}
