package dev.fixturebench.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;

import org.junit.jupiter.api.Test;

class SelectionTest {

    private static final List<FixtureInfo> SUITE = List.of(
            new FixtureInfo("get_it_session__gpt2__setup", FixtureType.DYNAMIC, FixtureScope.SESSION, "Real Model", "S", List.of()),
            new FixtureInfo("get_it_module__core_cust__setup", FixtureType.DYNAMIC, FixtureScope.CLASS, "Custom Model", "S", List.of()),
            new FixtureInfo("get_it_session_cfg__gpt2", FixtureType.DYNAMIC, FixtureScope.SESSION, "Config Only", "S", List.of()),
            new FixtureInfo("calib_sleep_250ms", FixtureType.STATIC, FixtureScope.METHOD, "Calibration", "C", List.of()),
            new FixtureInfo("ServerTest#startServer", FixtureType.JUNIT, FixtureScope.CLASS, "JUnit", "x.ServerTest", List.of()));

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
                names(new Selection(null, null, Set.of(), Set.of(FixtureScope.CLASS), Set.of(), null)));
        assertEquals(List.of("ServerTest#startServer"),
                names(new Selection(null, null, Set.of(), Set.of(FixtureScope.CLASS), Set.of(FixtureType.JUNIT), 5)));
    }
}
