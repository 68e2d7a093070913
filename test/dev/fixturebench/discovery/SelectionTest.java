package dev.fixturebench.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.fixturebench.model.FixtureInfo;

class SelectionTest {

    private static final List<FixtureInfo> SUITE = List.of(
            new FixtureInfo("get_it_session__gpt2__setup", "dynamic", "session", "Real Model", "S", List.of()),
            new FixtureInfo("get_it_module__core_cust__setup", "dynamic", "class", "Custom Model", "S", List.of()),
            new FixtureInfo("get_it_session_cfg__gpt2", "dynamic", "session", "Config Only", "S", List.of()),
            new FixtureInfo("calib_sleep_250ms", "static", "method", "Calibration", "C", List.of()),
            new FixtureInfo("ServerTest#startServer", "junit", "class", "JUnit", "x.ServerTest", List.of()));

    private static List<String> names(Selection selection) {
        return selection.apply(SUITE).stream().map(FixtureInfo::name).toList();
    }

    @Test
    void keepsEverythingInReportOrderByDefault() {
        assertEquals(List.of("calib_sleep_250ms", "get_it_session_cfg__gpt2", "get_it_module__core_cust__setup",
                "ServerTest#startServer", "get_it_session__gpt2__setup"), names(Selection.all(null)));
    }

    @Test
    void filtersAndExcludesByNameThenCapsTheCount() {
        assertEquals(List.of("get_it_session_cfg__gpt2", "get_it_session__gpt2__setup"),
                names(new Selection(Pattern.compile("gpt2"), null, Set.of(), Set.of(), Set.of(), null)));
        assertEquals(List.of("get_it_session__gpt2__setup"),
                names(new Selection(Pattern.compile("gpt2"), Pattern.compile("_cfg"), Set.of(), Set.of(), Set.of(),
                        null)));
        assertEquals(List.of("calib_sleep_250ms", "get_it_session_cfg__gpt2"),
                names(new Selection(null, null, Set.of(), Set.of(), Set.of(), 2)));
    }

    @Test
    void selectsByCategoryScopeAndType() {
        assertEquals(List.of("get_it_module__core_cust__setup", "get_it_session__gpt2__setup"),
                names(new Selection(null, null, Set.of("real model", "CUSTOM MODEL"), Set.of(), Set.of(), null)));
        assertEquals(List.of("get_it_module__core_cust__setup", "ServerTest#startServer"),
                names(new Selection(null, null, Set.of(), Set.of("class"), Set.of(), null)));
        assertEquals(List.of("ServerTest#startServer"),
                names(new Selection(null, null, Set.of(), Set.of("class"), Set.of("junit"), 5)));
    }
}
