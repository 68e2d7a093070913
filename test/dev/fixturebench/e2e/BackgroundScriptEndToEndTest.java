package dev.fixturebench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/bench-background.sh} as a user runs it: real runs of the tool on the bundled example, in the
 * background, one lock per output folder. Every call gets a private {@code TMPDIR}, so its locks and logs are this
 * test's own. No run is waited for: each is stopped after a few seconds, which is part of what is tested. Linux only
 * (it reads {@code /proc}); tagged {@code e2e}.
 */
@Tag("e2e")
class BackgroundScriptEndToEndTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path SCRIPT = ROOT.resolve("scripts/bench-background.sh");
    /** Long enough (about 1.5 min) to be still running whenever the test looks. */
    private static final List<String> LONG_RUN = List.of("--repeat=3", "--baseline-runs=2", "--no-startup-profile", "--no-site");
    private static final Pattern STARTED = Pattern.compile("running in the background: PID (\\d+) ");

    @TempDir
    Path temp;

    private Path tmpdir;
    private final List<Long> groups = new ArrayList<>();
    private final List<Process> others = new ArrayList<>();

    record Call(int exitCode, String output) {
    }

    @BeforeEach
    void privateTmpdir() throws IOException {
        tmpdir = Files.createDirectories(temp.resolve("tmpdir"));
    }

    /** Whatever a failed assertion left running goes, before the temporary folder does. */
    @AfterEach
    void killWhatIsLeft() throws Exception {
        for (long group : groups) {
            new ProcessBuilder("bash", "-c", "kill -KILL -- -" + group + " 2>/dev/null; true").start().waitFor();
        }
        for (Process process : others) {
            process.destroyForcibly().waitFor();
        }
    }

    @Test
    void oneRunPerTargetStatusAndStopOfTheWholeProcessGroup() throws Exception {
        Path outA = temp.toRealPath().resolve("out-a"); // as the script names it: absolute, symlink-free

        // (1) A run, started with a relative --out, is running; status says so and exits 0.
        Call startA = script(temp, concat(List.of("start", "--out=out-a"), LONG_RUN));
        assertEquals(0, startA.exitCode(), startA.output());
        long pidA = pidIn(startA);
        groups.add(pidA);
        Call status = script(temp, "status", "--out=" + outA);
        assertEquals(0, status.exitCode(), status.output());
        assertTrue(status.output().contains("Fixture Bench background run: running")
                && status.output().contains("PID:      " + pidA) && status.output().contains("Target:   " + outA)
                && status.output().contains("Progress: "), status.output());
        assertTrue(alive(pidA).size() >= 2, "the wrapper and the tool's JVM share a process group: " + alive(pidA));

        // (2) The same target spelled another way (absolute, with a trailing "/."): refused, naming the first's PID.
        Call again = script(ROOT, concat(List.of("--out=" + outA + "/."), LONG_RUN));
        assertEquals(1, again.exitCode(), again.output());
        assertTrue(again.output().contains("already running: PID " + pidA + ","), again.output());
        assertTrue(again.output().contains("stop --out=" + outA), "says how to stop it: " + again.output());

        // (3) Another target is accepted while the first runs; stopped right away.
        Call startB = script(temp, concat(List.of("start", "--out", "out-b"), LONG_RUN));
        assertEquals(0, startB.exitCode(), startB.output());
        long pidB = pidIn(startB);
        groups.add(pidB);
        assertNotEquals(pidA, pidB);
        Call all = script(temp, "status");
        assertEquals(0, all.exitCode(), all.output());
        assertTrue(all.output().contains("PID:      " + pidA) && all.output().contains("PID:      " + pidB),
                all.output());
        Call stopB = script(temp, "stop", "--out=out-b");
        assertEquals(0, stopB.exitCode(), stopB.output());

        // (4) stop ends the run and every process of its group, releases the lock; status then exits 3.
        Call stopA = script(ROOT, "stop", "--out=" + outA);
        assertEquals(0, stopA.exitCode(), stopA.output());
        assertTrue(stopA.output().contains("SIGTERM to process group " + pidA), stopA.output());
        for (long group : List.of(pidA, pidB)) {
            List<Long> left = waitGone(group, 5);
            assertTrue(left.isEmpty(), "processes of group " + group + " still alive: " + left);
        }
        assertEquals(List.of(), locks(), "every lock released");
        Call after = script(temp, "status", "--out=out-a");
        assertEquals(3, after.exitCode(), after.output());
        assertTrue(after.output().contains("not running"), after.output());
        assertEquals(3, script(temp, "status").exitCode(), "no run at all");
        String log = Files.readString(Path.of(logIn(startA)), StandardCharsets.UTF_8);
        assertTrue(log.strip().lines().reduce((first, second) -> second).orElse("")
                .startsWith("[bench-background] exit code "), "the log ends with the tool's exit code:\n" + log);
        assertTrue(log.contains("--out=" + outA), "the tool got the absolute --out:\n" + log);
    }

    @Test
    void killingTheWrapperHidesNothing() throws Exception {
        Path out = temp.toRealPath().resolve("out-d");
        Call start = script(temp, concat(List.of("start", "--out=out-d"), LONG_RUN));
        assertEquals(0, start.exitCode(), start.output());
        long pid = pidIn(start);
        groups.add(pid);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(locksFolder())),
                "the locks are this user's own");
        assertTrue(alive(pid).size() >= 2, "the wrapper and the tool's JVM share a process group: " + alive(pid));

        // kill -9 of the PID that start printed: the wrapper goes (or stays a zombie), the tool and its forks run on.
        Process kill = new ProcessBuilder("kill", "-KILL", String.valueOf(pid)).start();
        assertEquals(0, kill.waitFor());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (alive(pid).contains(pid) && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        List<Long> left = alive(pid);
        assertFalse(left.contains(pid), "the wrapper is dead: " + left);
        assertFalse(left.isEmpty(), "the tool runs on in the group");

        // status: still running, and says that the wrapper is gone; a start of the same target is refused.
        Call status = script(temp, "status", "--out=out-d");
        assertEquals(0, status.exitCode(), status.output());
        assertTrue(status.output().contains("Fixture Bench background run: running (the wrapper is gone but ")
                && Pattern.compile("the wrapper is gone but (\\d+ processes of its group still run|"
                        + "1 process of its group still runs)").matcher(status.output()).find()
                && status.output().contains("Target:   " + out), status.output());
        Call again = script(temp, concat(List.of("start", "--out=out-d"), LONG_RUN));
        assertEquals(1, again.exitCode(), again.output());
        assertTrue(again.output().contains("already running: PID " + pid + ",")
                && again.output().contains("Its wrapper is gone but "), again.output());

        // stop (without --out: the only run) signals the group although its leader is gone, and leaves nothing.
        Call stop = script(temp, "stop");
        assertEquals(0, stop.exitCode(), stop.output());
        assertTrue(stop.output().contains("SIGTERM to process group " + pid), stop.output());
        assertEquals(List.of(), alive(pid), "no process of the group is left: " + stop.output());
        assertEquals(List.of(), locks(), "the lock is released");

        // status of that target, and plain status: the run that ended, not running (3).
        Call after = script(temp, "status", "--out=out-d");
        assertEquals(3, after.exitCode(), after.output());
        assertTrue(after.output().contains("not running") && after.output().contains("Ended:"), after.output());
        Call all = script(temp, "status");
        assertEquals(3, all.exitCode(), all.output());
        assertTrue(all.output().contains("No Fixture Bench background run is running.")
                && all.output().contains("Target:   " + out) && all.output().contains("Ended:"), all.output());
    }

    @Test
    void aStaleLockIsTakenOver() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out-c"));
        Path lock = lockOf(out);

        // A dead PID: status says the lock is stale.
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        writeLock(lock, dead.pid(), out);
        Call status = script(temp, "status", "--out=out-c");
        assertEquals(3, status.exitCode(), status.output());
        // "is gone", or "is now another program" where the PID was reused meanwhile
        assertTrue(status.output().contains("stale lock: PID " + dead.pid() + " is "), status.output());

        // A live PID that is another program: start takes the lock over.
        Process sleep = new ProcessBuilder("sleep", "60").start();
        others.add(sleep);
        writeLock(lock, sleep.pid(), out);
        Call start = script(temp, "start", "--out=out-c", "--max-fixtures=1", "--no-site");
        assertEquals(0, start.exitCode(), start.output());
        assertTrue(start.output().contains("took over the stale lock of " + out + " (PID " + sleep.pid()
                + " is now another program"), start.output());
        long pid = pidIn(start);
        groups.add(pid);
        assertEquals(String.valueOf(pid), Files.readString(lock.resolve("pid")).strip());
        assertTrue(sleep.isAlive(), "the other program is left alone");

        Call stop = script(temp, "stop");
        assertEquals(0, stop.exitCode(), stop.output());
        assertEquals(List.of(), waitGone(pid, 5));
        assertFalse(Files.exists(lock), "released");
    }

    @Test
    void unknownCommandsAreBadUsage() throws Exception {
        Call call = script(temp, "restart");
        assertEquals(2, call.exitCode(), call.output());
        assertTrue(call.output().contains("unknown command 'restart'") && call.output().contains("Usage: "),
                call.output());
        Call help = script(temp, "--help");
        assertEquals(0, help.exitCode(), help.output());
        assertTrue(help.output().contains("status [--out=DIR]") && help.output().contains("Linux only"),
                help.output());
    }

    // --- helpers ---

    private Call script(Path directory, List<String> args) throws IOException, InterruptedException {
        return script(directory, args.toArray(String[]::new));
    }

    private Call script(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(temp, "script-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("TMPDIR", tmpdir.toString());
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 2 minutes:\n"
                    + Files.readString(log));
        }
        return new Call(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static long pidIn(Call start) {
        Matcher matcher = STARTED.matcher(start.output());
        assertTrue(matcher.find(), "the PID of the run: " + start.output());
        return Long.parseLong(matcher.group(1));
    }

    private static String logIn(Call start) {
        Matcher matcher = Pattern.compile("(?m)^  Log: +(\\S+)$").matcher(start.output());
        assertTrue(matcher.find(), "the log of the run: " + start.output());
        return matcher.group(1);
    }

    /** As the script names it: the SHA-256 of the target's absolute, symlink-free path. */
    private Path lockOf(Path target) throws Exception {
        byte[] sum = MessageDigest.getInstance("SHA-256")
                .digest(target.toRealPath().toString().getBytes(StandardCharsets.UTF_8));
        return locksFolder().resolve(HexFormat.of().formatHex(sum) + ".lock");
    }

    /** This user's: {@code $TMPDIR/fixture-bench-background-<uid>}. */
    private Path locksFolder() throws IOException {
        return tmpdir.resolve("fixture-bench-background-" + Files.getAttribute(tmpdir, "unix:uid"));
    }

    private static void writeLock(Path lock, long pid, Path target) throws IOException {
        Files.createDirectories(lock);
        Files.writeString(lock.resolve("pid"), pid + "\n");
        Files.writeString(lock.resolve("target"), target.toRealPath() + "\n");
    }

    private List<String> locks() throws IOException {
        Path folder = locksFolder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".lock")).toList();
        }
    }

    /** The live processes of a process group or session (zombies are dead: only not reaped yet). */
    private static List<Long> alive(long group) throws IOException {
        List<Long> found = new ArrayList<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String stat;
                try {
                    stat = Files.readString(process.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                // pid (comm) state ppid pgrp session ...: the command name may hold spaces and parentheses
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                boolean member = Long.parseLong(fields[2]) == group || Long.parseLong(fields[3]) == group;
                if (member && !fields[0].equals("Z")) {
                    found.add(Long.parseLong(process.getFileName().toString()));
                }
            }
        }
        return found;
    }

    private static List<Long> waitGone(long group, int seconds) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Long> left = alive(group);
        while (!left.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(100);
            left = alive(group);
        }
        return left;
    }
}
