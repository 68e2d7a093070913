package dev.fixturebench.profile;

/** A tiny real workload for the profile tests' forks: loads a few JDK classes and spins the CPU for about 0.3 s. */
public final class SpinMain {

    private SpinMain() {
    }

    public static void main(String... args) {
        long end = System.nanoTime() + 300_000_000L;
        double sink = 0;
        StringBuilder text = new StringBuilder();
        while (System.nanoTime() < end) {
            for (int i = 0; i < 10_000; i++) {
                sink += Math.sqrt(i) * Math.sin(i);
            }
            text.setLength(0);
            text.append(java.time.LocalDateTime.now()).append(sink);
        }
        System.out.println(text.length() > 0 ? "spun" : "");
    }
}
