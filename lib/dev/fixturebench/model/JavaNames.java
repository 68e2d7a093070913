package dev.fixturebench.model;

/**
 * How reports, listings and fixture names show a Java class: by its simple name, nested classes joined with a dot.
 * Takes binary names ({@code a.b.Outer$Inner}), as class files and JUnit give them.
 */
public final class JavaNames {

    private JavaNames() {
    }

    /** {@code a.b.Outer$Inner} becomes {@code Outer.Inner}. */
    public static String simpleName(String binaryName) {
        return binaryName.substring(binaryName.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** {@code a.b.Outer$Inner} becomes {@code a.b.Outer}: the class a nested one runs with. */
    public static String topLevel(String binaryName) {
        int nested = binaryName.indexOf('$');
        return nested < 0 ? binaryName : binaryName.substring(0, nested);
    }

    /** {@code a.b.Outer$Inner} becomes {@code a.b.}; the default package gives an empty string. */
    public static String packagePrefix(String binaryName) {
        return binaryName.substring(0, binaryName.lastIndexOf('.') + 1);
    }
}
