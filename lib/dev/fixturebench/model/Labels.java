package dev.fixturebench.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the model's enums are written in reports, JSON and the fork protocol: their names in lower case. */
final class Labels {

    private Labels() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} labelled {@code label}, in any case; an unknown label names the known ones. */
    static <E extends Enum<E>> E parse(Class<E> type, String label) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(label)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(Labels::of).collect(Collectors.joining(", ")));
    }
}
