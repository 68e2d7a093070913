package dev.fixturebench.profile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a JSON document against the keywords speedscope's draft-07 schema uses ({@code $ref} into its definitions,
 * {@code type}, {@code required}, {@code properties}, {@code items}, {@code enum}, {@code const}, {@code anyOf}) and
 * lists every violation with its JSON pointer.
 */
final class SchemaCheck {

    private final JsonNode schema;

    SchemaCheck(JsonNode schema) {
        this.schema = schema;
    }

    /** The violations of {@code document}; empty when it conforms. */
    List<String> violations(JsonNode document) {
        List<String> problems = new ArrayList<>();
        check(schema, document, "", problems);
        return problems;
    }

    private void check(JsonNode rule, JsonNode value, String at, List<String> problems) {
        if (rule.has("$ref")) {
            String ref = rule.get("$ref").asText();
            check(schema.at(ref.substring(1)), value, at, problems);
        }
        if (rule.has("anyOf")) {
            boolean any = false;
            for (JsonNode option : rule.get("anyOf")) {
                List<String> inner = new ArrayList<>();
                check(option, value, at, inner);
                any |= inner.isEmpty();
            }
            if (!any) {
                problems.add(at + ": matches none of anyOf");
            }
        }
        if (rule.has("type") && !hasType(value, rule.get("type").asText())) {
            problems.add(at + ": not of type " + rule.get("type").asText());
            return;
        }
        if (rule.has("const") && !rule.get("const").equals(value)) {
            problems.add(at + ": is not " + rule.get("const"));
        }
        if (rule.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : rule.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                problems.add(at + ": " + value + " is not one of " + rule.get("enum"));
            }
        }
        if (rule.has("required")) {
            for (JsonNode name : rule.get("required")) {
                if (!value.has(name.asText())) {
                    problems.add(at + ": lacks required " + name.asText());
                }
            }
        }
        if (rule.has("properties") && value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = rule.get("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                if (value.has(property.getKey())) {
                    check(property.getValue(), value.get(property.getKey()), at + "/" + property.getKey(), problems);
                }
            }
        }
        if (rule.has("items") && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(rule.get("items"), value.get(i), at + "/" + i, problems);
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("the schema uses a type this check does not know: " + type);
        };
    }
}
