package dev.fixturebench.measure;

import java.util.OptionalLong;

import dev.fixturebench.model.Gpu;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.JCudaDriver;

/**
 * Reads device 0's memory through the CUDA driver API (JCuda), from a context of its own in the tool's JVM, so the
 * memory a fork takes shows as a rise in device-wide use.
 */
public final class JCudaGpuProbe implements GpuProbe {

    private static final java.util.regex.Pattern MISSING_LIBRARY =
            java.util.regex.Pattern.compile("(lib[\\w.+-]+\\.so[\\w.]*): cannot open shared object file");

    private final CUcontext context;
    private final Gpu gpu;

    private JCudaGpuProbe(CUcontext context, Gpu gpu) {
        this.context = context;
        this.gpu = gpu;
    }

    /** The JCuda probe when a driver and device answer, else a probe that says why not. */
    public static GpuProbe detect() {
        try {
            JCudaDriver.setExceptionsEnabled(true);
            JCudaDriver.cuInit(0);
            int[] count = new int[1];
            JCudaDriver.cuDeviceGetCount(count);
            if (count[0] == 0) {
                return GpuProbe.none("the CUDA driver reports no device");
            }
            CUdevice device = new CUdevice();
            JCudaDriver.cuDeviceGet(device, 0);
            byte[] name = new byte[256];
            JCudaDriver.cuDeviceGetName(name, name.length, device);
            int[] version = new int[1];
            JCudaDriver.cuDriverGetVersion(version);
            CUcontext context = new CUcontext();
            JCudaDriver.cuCtxCreate(context, 0, device);
            String driver = "CUDA " + version[0] / 1000 + "." + (version[0] % 1000) / 10;
            return new JCudaGpuProbe(context, new Gpu(true, cString(name), driver, null));
        } catch (Throwable unavailable) {
            return GpuProbe.none(reason(unavailable));
        }
    }

    @Override
    public Gpu describe() {
        return gpu;
    }

    @Override
    public synchronized OptionalLong usedBytes() {
        try {
            JCudaDriver.cuCtxSetCurrent(context);
            long[] free = new long[1];
            long[] total = new long[1];
            JCudaDriver.cuMemGetInfo(free, total);
            return OptionalLong.of(total[0] - free[0]);
        } catch (RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** One line on why the GPU cannot be used, naming the missing driver library when that is the cause. */
    static String reason(Throwable unavailable) {
        String message = String.valueOf(unavailable.getMessage());
        java.util.regex.Matcher missing = MISSING_LIBRARY.matcher(message);
        if (missing.find()) {
            return missing.group(1) + " not found: no NVIDIA driver on this machine";
        }
        String first = message.lines().findFirst().orElse("");
        if (unavailable instanceof UnsatisfiedLinkError || unavailable instanceof NoClassDefFoundError) {
            return "the JCuda native library could not be loaded (" + first + ")";
        }
        return unavailable.getClass().getSimpleName() + ": " + first;
    }

    private static String cString(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
