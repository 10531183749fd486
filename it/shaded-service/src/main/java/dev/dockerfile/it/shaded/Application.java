package dev.dockerfile.it.shaded;

import com.google.gson.Gson;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Answers with how many copies of its own class and of a dependency's class the class path holds. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) throws Exception {
        ClassLoader loader = Application.class.getClassLoader();
        List<URL> own = Collections.list(loader.getResources("dev/dockerfile/it/shaded/Application.class"));
        List<URL> gson = Collections.list(loader.getResources("com/google/gson/Gson.class"));
        byte[] body = new Gson().toJson(Map.of("own", own.size(), "gson", gson.size())).getBytes(StandardCharsets.UTF_8);
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }
}
