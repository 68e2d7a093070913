///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVAC_OPTIONS -encoding UTF-8
//JAVA_OPTIONS --enable-native-access=ALL-UNNAMED
//DEPS info.picocli:picocli:4.7.7
//DEPS com.fasterxml.jackson.core:jackson-databind:2.18.2
//DEPS com.github.oshi:oshi-core:6.8.3
//DEPS org.jcuda:jcuda:12.6.0
//DEPS me.tongfei:progressbar:0.10.1
//DEPS org.slf4j:slf4j-nop:2.0.17
//DEPS io.github.classgraph:classgraph:4.8.200
//DEPS org.junit.jupiter:junit-jupiter-api:5.11.4
//DEPS org.junit.platform:junit-platform-launcher:1.11.4
//DEPS junit:junit:4.13.2
//DEPS org.testng:testng:7.5.1
//DEPS tools.profiler:async-profiler:4.2
//DEPS gg.jte:jte:3.2.5
//SOURCES lib/dev/fixturebench/**.java

import dev.fixturebench.cli.BenchCommand;

/** Fixture Bench, the {@code fixture-bench} command: run {@code ./jbang bench.java --help}. */
public class bench {

    public static void main(String... args) {
        System.exit(BenchCommand.execute(args));
    }
}
