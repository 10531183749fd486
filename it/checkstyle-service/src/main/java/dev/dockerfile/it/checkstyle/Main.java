package dev.dockerfile.it.checkstyle;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;

/** Serves the greeting the build copied from config/ (outside src/) into the jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        byte[] greeting;
        try (InputStream in = Main.class.getResourceAsStream("/config/greeting.txt")) {
            greeting = in.readAllBytes();
        }
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, greeting.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(greeting);
            }
        });
        server.start();
    }
}
