package dev.fixturebench.model;

/**
 * Whether GPU figures can be taken, and on what.
 *
 * @param available whether a GPU, driver and native library answered
 * @param device    the device name, or null
 * @param driver    the driver version, or null
 * @param reason    why GPU figures are n/a, or null when available
 */
public record Gpu(boolean available, String device, String driver, String reason) {

    public static Gpu unavailable(String reason) {
        return new Gpu(false, null, null, reason);
    }
}
