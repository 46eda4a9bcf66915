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
    private int port;
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

    /**
     * Starts the server and waits until Quality Desk says it is ready and its listener answers. A
     * listener that never opens (its port taken in the meantime by another program) is given a
     * new port and a new start, at most three in all.
     */
    public ServerProcess start() throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            launch();
            if (answers(Duration.ofSeconds(30))) {
                return this;
            }
            kill();
            if (attempt == 3) {
                throw new IllegalStateException(
                        "the server said it was ready but never answered at " + base() + "; see " + log);
            }
            System.err.println("The server never answered at " + base() + "; starting it again on another port");
            port = freePort();
        }
    }

    private void launch() throws IOException, InterruptedException {
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
                "--prebootcommandfile",
                Path.of("..", "web-ui", "src", "main", "payara", "pre-boot-commands.asadmin")
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
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the server ended while starting; see " + log + "\n" + tail(text));
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not start within 4 minutes; see " + log);
    }

    /** Whether the listener accepts a connection within the time. */
    private boolean answers(Duration within) throws InterruptedException {
        Instant until = Instant.now().plus(within);
        while (Instant.now().isBefore(until)) {
            try (var socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
                return true;
            } catch (IOException refused) {
                Thread.sleep(500);
            }
        }
        return false;
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

    /**
     * A free port below the range the system gives outgoing connections (32768 and up): a port
     * taken from there may be used by a client's connection before the server binds it.
     */
    public static int freePort() throws IOException {
        var random = new java.util.Random();
        for (int tries = 0; tries < 200; tries++) {
            int candidate = 20_000 + random.nextInt(10_000);
            try (var socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // another one
            }
        }
        throw new IOException("no free port between 20000 and 29999");
    }
}
