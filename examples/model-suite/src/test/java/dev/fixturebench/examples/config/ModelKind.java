package dev.fixturebench.examples.config;

/** Whether a configuration builds a tiny model in code or loads a real pretrained artifact. */
public enum ModelKind {
    CUSTOM("Custom Model"),
    REAL("Real Model");

    private final String category;

    ModelKind(String category) {
        this.category = category;
    }

    /** The report category of the model fixtures of this kind. */
    public String category() {
        return category;
    }
}
