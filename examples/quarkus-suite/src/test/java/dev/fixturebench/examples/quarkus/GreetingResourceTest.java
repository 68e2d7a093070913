package dev.fixturebench.examples.quarkus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.CoreMatchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(SlowResource.class)
class GreetingResourceTest {

    @Test
    void greetsByQueryParameter() {
        given().queryParam("name", "Ada")
                .when().get("/greet")
                .then().statusCode(200).body(is("Hello, Ada!"));
    }

    @Test
    void greetsTheWorldWithoutAName() {
        given().when().get("/greet")
                .then().statusCode(200).body(is("Hello, World!"));
    }
}
