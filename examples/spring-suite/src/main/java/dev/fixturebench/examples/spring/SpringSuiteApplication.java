package dev.fixturebench.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A tiny greeting application: a service, a REST controller and a JDBC repository. */
@SpringBootApplication
public class SpringSuiteApplication {

    public static void main(String[] args) {
        SpringApplication.run(SpringSuiteApplication.class, args);
    }
}
