package dev.fixturebench.model;

/**
 * The machine a run measured on.
 *
 * @param java the forks' Java runtime, vendor and version
 * @param os   operating system name, version and architecture
 * @param cpu  processor model and logical core count
 * @param gpu  the GPU, or why there is none
 */
public record Environment(String java, String os, String cpu, Gpu gpu) {
}
