package dev.fixturebench.probe;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;

/**
 * The key a timed call of user code is recorded under, the same for every framework's probe, so discovery can name a
 * fixture's figure before the fork runs: {@code a.Declaring$Class#method(a.Type,int[])}.
 */
final class CallKey {

    private CallKey() {
    }

    /**
     * The declaring class, the name ({@code <init>} for a constructor) and the erased parameter types, so overloads
     * are told apart.
     */
    static String of(Executable executable) {
        StringBuilder key = new StringBuilder(executable.getDeclaringClass().getName()).append('#')
                .append(executable instanceof Constructor ? "<init>" : executable.getName()).append('(');
        Class<?>[] parameters = executable.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            key.append(i == 0 ? "" : ",").append(parameters[i].getTypeName());
        }
        return key.append(')').toString();
    }
}
