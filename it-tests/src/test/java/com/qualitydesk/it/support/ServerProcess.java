package com.qualitydesk.it.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real WAR on Payara Micro in a process of its own, as IT runs it (loopback only, no
 * cluster), so that a test can kill it as a crash does: SIGKILL, no shutdown hook, no undeploy.
 */
public final class ServerProcess implements AutoCloseable {

    private final Map<String, String> environment;
    private final Path logs;
    private final int port;
    private Process process;
    private Path log;
    private int starts;

    public ServerProcess(Map<String, String> environment, Path logs) throws IOException {
        this.environment = environment;
        this.logs = logs;
        this.port = freePort();
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the server and waits until Quality Desk says it is ready. */
    public ServerProcess start() throws IOException, InterruptedException {
        starts++;
        log = logs.resolve("server-" + starts + ".log");
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-jar",
                Path.of("target", "payara-micro.jar").toString(),
                "--deploy",
                System.getProperty("qd.war", "target/quality-desk.war"),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port),
                "--nocluster",
                "--interfaces",
                "127.0.0.1",
                "--postbootcommandfile",
                Path.of("..", "web-ui", "src", "main", "payara", "post-boot-commands.asadmin")
                        .toString()));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("QD_PUBLIC_URL", base());
        process = builder.start();
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(until)) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            // the application says so before Payara Micro has opened its HTTP listener
            if (text.contains("Quality Desk is ready") && text.matches("(?s).*Payara Micro .* ready in .*")) {
                return this;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the server ended while starting; see " + log + "\n" + tail(text));
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not start within 4 minutes; see " + log);
    }

    /** A crash: SIGKILL to the server's JVM, which gets no chance to finish anything. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly(); // SIGKILL on Linux
            process.waitFor();
        }
    }

    /** What the server wrote since its last start. */
    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private static String tail(String text) {
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
