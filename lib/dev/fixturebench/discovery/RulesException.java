package dev.fixturebench.discovery;

/** The suite's category rules file is malformed; the message names the file, the line and the reason. */
public class RulesException extends Exception {

    private static final long serialVersionUID = 1L;

    public RulesException(String message) {
        super(message);
    }
}
