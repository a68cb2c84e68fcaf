package dev.minisuite.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service jar running as a child process, with its output in a log file of its own.
 */
final class ServiceProcess {

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final int port;
    private final Path logFile;
    private final Process process;

    private ServiceProcess(String name, int port, Path logFile, Process process) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    /**
     * Starts {@code java -jar JAR} with the given environment added to the launcher's own.
     *
     * @param removed environment variables of the launcher that the child must not see
     */
    static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment,
            List<String> removed, Path logDirectory) {
        Path logFile = logDirectory.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-Xmx384m");
        command.add("-XX:+UseSerialGC");
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        removed.forEach(builder.environment()::remove);
        builder.environment().putAll(environment);
        // A second run appends to the same log; this line marks where it starts.
        try {
            Files.writeString(logFile, "=== minisuite launcher: starting " + name + " at " + Instant.now() + " ===\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        catch (IOException ex) {
            throw new LauncherException("Cannot write the log file " + logFile + ": " + ex.getMessage(), ex);
        }
        try {
            Process process = builder.start();
            log.info("Started {} (pid {}) on port {}, log in {}", name, process.pid(), port, logFile);
            return new ServiceProcess(name, port, logFile, process);
        }
        catch (IOException ex) {
            throw new LauncherException("Could not start " + name + ": " + ex.getMessage(), ex);
        }
    }

    /** Runs {@code action} with the exit code when the process ends, for whatever reason. */
    void onExit(java.util.function.IntConsumer action) {
        process.onExit().thenAccept(ended -> action.accept(ended.exitValue()));
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    Path logFile() {
        return logFile;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Polls the readiness probe until it returns 200, the process exits or the deadline passes.
     */
    void awaitReady(HttpClient client, Instant deadline) {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new LauncherException(name + " exited with code " + process.exitValue()
                        + " during start-up. The end of " + logFile + ":\n" + tail(40));
            }
            try {
                HttpResponse<Void> response = client.send(probe, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    log.info("{} is ready at {}", name, baseUrl());
                    return;
                }
            }
            catch (IOException notListeningYet) {
                // The service has not opened its port yet; poll again.
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new LauncherException("Interrupted while waiting for " + name);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new LauncherException(name + " was not ready in time. The end of " + logFile + ":\n" + tail(40));
    }

    /** Asks the service to shut down gracefully, and kills it when it has not stopped within 30 seconds. */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("{} did not stop within {} s; killing it", name, STOP_TIMEOUT.toSeconds());
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            log.info("Stopped {}", name);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }
        catch (IOException ex) {
            return "(the log could not be read: " + ex.getMessage() + ")";
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
