package dev.fixturebench.discovery;

import dev.fixturebench.model.JavaNames;
import io.github.classgraph.ArrayTypeSignature;
import io.github.classgraph.BaseTypeSignature;
import io.github.classgraph.ClassRefTypeSignature;
import io.github.classgraph.HierarchicalTypeSignature;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.MethodParameterInfo;
import io.github.classgraph.TypeVariableSignature;

/**
 * Names of types and methods read from class files, spelled as the probe spells them at run time from reflection:
 * binary names ({@code java.util.List}, {@code a.Outer$Inner}, {@code int[]}), or simple ones for display.
 */
final class Signatures {

    private Signatures() {
    }

    /** A type's binary name, or with {@code simple} its display name ({@code Outer.Inner}). */
    static String typeName(HierarchicalTypeSignature type, boolean simple) {
        if (type instanceof ClassRefTypeSignature ref) {
            return simple ? JavaNames.simpleName(ref.getFullyQualifiedClassName()) : ref.getFullyQualifiedClassName();
        }
        if (type instanceof ArrayTypeSignature array) {
            return typeName(array.getElementTypeSignature(), simple) + "[]".repeat(array.getNumDimensions());
        }
        if (type instanceof BaseTypeSignature base) {
            return base.getTypeStr();
        }
        if (type instanceof TypeVariableSignature variable) {
            return variable.getName();
        }
        return String.valueOf(type);
    }

    /**
     * {@code name(type, …)} with the erased parameter types: binary names for the probe's keys, or with
     * {@code simple} display names for fixture names ({@code prep(TestInfo)}).
     */
    static String method(MethodInfo method, boolean simple) {
        StringBuilder signature = new StringBuilder(method.getName()).append('(');
        MethodParameterInfo[] parameters = method.getParameterInfo();
        for (int i = 0; i < parameters.length; i++) {
            signature.append(i == 0 ? "" : simple ? ", " : ",")
                    .append(typeName(parameters[i].getTypeDescriptor(), simple));
        }
        return signature.append(')').toString();
    }
}
