package dev.fixturebench.examples.junitnative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/** A product catalog served over HTTP, one test instance for all tests ({@code PER_CLASS}): its non-static
 * {@code @BeforeAll} and the superclass's extension field are class fixtures. */
@TestInstance(Lifecycle.PER_CLASS)
class CatalogTest extends CatalogFixtures {

    @BeforeAll
    void openCatalog() {
        KeyValueStore products = catalogServer.server().store();
        products.put("kettle", "Steel kettle, 1.7 litres.");
        products.put("teapot", "Glass teapot with steel filter.");
    }

    @Test
    void exportedCatalogIsSearchable() throws IOException {
        KeyValueStore products = catalogServer.server().store();
        for (String sku : products.keys()) {
            Files.writeString(catalogDir.resolve(sku + ".txt"), products.get(sku).orElseThrow());
        }
        FileIndex index = new FileIndex(catalogDir);
        assertEquals(2, index.refresh());
        assertEquals(Set.of(Path.of("kettle.txt"), Path.of("teapot.txt")), index.search("steel"));
    }

    @Test
    void catalogHasTwoProducts() {
        assertEquals(2, catalogServer.server().store().size());
    }
}
