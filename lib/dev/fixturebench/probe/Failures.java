package dev.fixturebench.probe;


import dev.fixturebench.probe.ProbeProtocol.Result;
/** Names what went wrong precisely: {@code oom} when an OutOfMemoryError is anywhere in the chain, else {@code error}. */
final class Failures {

    private Failures() {
    }

    static String status(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return Result.OOM;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Result.ERROR;
    }
}
