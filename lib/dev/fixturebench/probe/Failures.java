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

    /**
     * What to do about a failure the fork itself causes rather than the suite: code that needs a JDK package opened
     * (cglib, older mocking libraries) fails here unless the fork gets the options the suite's Surefire passes.
     */
    static String hint(String stackTrace) {
        int at = stackTrace.indexOf("does not \"opens ");
        if (at < 0) {
            return stackTrace;
        }
        String opens = stackTrace.substring(at + "does not \"opens ".length());
        String pkg = opens.substring(0, Math.max(0, opens.indexOf('"')));
        String module = stackTrace.substring(0, at).substring(stackTrace.substring(0, at).lastIndexOf("module ") + 7)
                .trim();
        return stackTrace + "\n(Fixture Bench: the suite's code needs " + module + "/" + pkg + " opened. A build that"
                + " opens it for Surefire (its argLine) is not read here: give the forks the same with"
                + " --fork-jvm-args='--add-opens " + module + "/" + pkg + "=ALL-UNNAMED')";
    }
}
