package dev.fixturebench.examples.spring;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/greeting?name=x} answers the service's greeting as JSON: {@code {"name": …, "text": …}}. */
@RestController
public class GreetingApiController {

    /** The JSON body: the name asked for and its greeting. */
    public record Greeting(String name, String text) {
    }

    private final GreetingService greetingService;

    public GreetingApiController(GreetingService greetingService) {
        this.greetingService = greetingService;
    }

    @GetMapping("/api/greeting")
    public Greeting greeting(@RequestParam String name) {
        return new Greeting(name, greetingService.greet(name));
    }
}
