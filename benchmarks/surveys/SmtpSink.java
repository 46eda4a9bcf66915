import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP sink on loopback for the survey benchmark (not a mail server): accepts every message,
 * keeps none, and prints the count at every thousandth. Run with: java SmtpSink.java PORT
 */
public class SmtpSink {

    private static final AtomicLong COUNT = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 2525;
        try (var server = new ServerSocket(port, 200, InetAddress.getLoopbackAddress())) {
            System.out.println("SMTP sink on 127.0.0.1:" + port);
            while (true) {
                Socket socket = server.accept();
                var thread = new Thread(() -> serve(socket));
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    private static void serve(Socket socket) {
        try (socket;
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            boolean data = false;
            for (String line; (line = in.readLine()) != null; ) {
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        long n = COUNT.incrementAndGet();
                        if (n % 1000 == 0) {
                            System.out.println(n + " messages");
                        }
                        reply(out, "250 OK");
                    }
                    continue;
                }
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (verb) {
                    case "EHLO", "HELO" -> reply(out, "250 sink");
                    case "DATA" -> {
                        data = true;
                        reply(out, "354 go ahead");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (Exception e) {
            // a client that went away
        }
    }

    private static void reply(OutputStream out, String line) throws Exception {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
