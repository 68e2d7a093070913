package dev.fixturebench.examples.calibration;

import org.junit.jupiter.api.Assumptions;

import jcuda.CudaException;
import jcuda.Pointer;
import jcuda.runtime.JCuda;
import jcuda.runtime.cudaDeviceProp;
import jcuda.runtime.cudaMemcpyKind;

/** A block of CUDA device memory allocated through JCuda and freed on close. */
public final class DeviceBuffer implements AutoCloseable {

    private static final int MAX_REASON = 200;

    private final Pointer pointer;
    private final long bytes;
    private final String deviceName;
    private boolean freed;

    private DeviceBuffer(Pointer pointer, long bytes, String deviceName) {
        this.pointer = pointer;
        this.bytes = bytes;
        this.deviceName = deviceName;
    }

    /**
     * Allocates {@code bytes} on device 0 and sets every byte to {@code fill}. Without a usable GPU it aborts the
     * calling test through {@link Assumptions#abort(String)} with a message starting "no GPU: ".
     */
    public static DeviceBuffer allocate(long bytes, int fill) {
        String unavailable = unavailableReason();
        if (unavailable != null) {
            Assumptions.abort("no GPU: " + unavailable);
        }
        cudaDeviceProp properties = new cudaDeviceProp();
        JCuda.cudaGetDeviceProperties(properties, 0);
        JCuda.cudaSetDevice(0);
        Pointer pointer = new Pointer();
        JCuda.cudaMalloc(pointer, bytes);
        try {
            JCuda.cudaMemset(pointer, fill, bytes);
            JCuda.cudaDeviceSynchronize();
        } catch (CudaException e) {
            JCuda.cudaFree(pointer);
            throw e;
        }
        return new DeviceBuffer(pointer, bytes, properties.getName());
    }

    /**
     * Why CUDA cannot be used here, or null when at least one device answers. Loading JCuda's native library
     * fails without the CUDA driver library; the runtime then reports a missing device or an old driver.
     */
    static String unavailableReason() {
        try {
            JCuda.setExceptionsEnabled(true);
            int[] count = new int[1];
            JCuda.cudaGetDeviceCount(count);
            return count[0] > 0 ? null : "cudaGetDeviceCount found no device";
        } catch (CudaException e) {
            String error = firstLine(e.getMessage());
            return "cudaGetDeviceCount returned " + error + hint(error);
        } catch (UnsatisfiedLinkError e) {
            String message = firstLine(e.getMessage());
            String what = message.contains("libcuda") ? "libcuda.so not found" : "JCuda native library not loaded";
            return what + " (UnsatisfiedLinkError: " + message + ")";
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            return "JCuda failed to initialize (" + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage())
                    + ")";
        }
    }

    /** Size in bytes. */
    public long bytes() {
        return bytes;
    }

    /** The name of the device holding the buffer. */
    public String deviceName() {
        return deviceName;
    }

    /** Copies the first {@code count} bytes back to the host. */
    public byte[] readFirst(int count) {
        if (freed) {
            throw new IllegalStateException("device buffer already freed");
        }
        byte[] host = new byte[count];
        JCuda.cudaMemcpy(Pointer.to(host), pointer, count, cudaMemcpyKind.cudaMemcpyDeviceToHost);
        return host;
    }

    /** Free and total memory of the current device, in bytes. */
    public static long[] memoryInfo() {
        long[] free = new long[1];
        long[] total = new long[1];
        JCuda.cudaMemGetInfo(free, total);
        return new long[] {free[0], total[0]};
    }

    @Override
    public void close() {
        if (!freed) {
            freed = true;
            JCuda.cudaFree(pointer);
        }
    }

    private static String hint(String error) {
        if (error.contains("cudaErrorInsufficientDriver")) {
            return " (CUDA driver missing or older than the CUDA 12.6 runtime)";
        }
        if (error.contains("cudaErrorNoDevice")) {
            return " (no CUDA-capable device visible)";
        }
        return "";
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no message";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON) + "…";
    }
}
