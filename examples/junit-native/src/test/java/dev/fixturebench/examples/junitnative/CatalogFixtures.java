package dev.fixturebench.examples.junitnative;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What catalog tests share, declared in a plain superclass: an instance {@code @TempDir} (JUnit 5.11 creates and
 * injects it before each test, even under {@code PER_CLASS}) and an instance {@code @RegisterExtension} (one per test
 * instance: under {@code PER_CLASS}, one for the class). Only {@code PER_CLASS} classes may extend it.
 */
abstract class CatalogFixtures {

    @TempDir
    Path catalogDir;

    @RegisterExtension
    final ServerExtension catalogServer = new ServerExtension();
}
