package dev.dockerfile.it.fleet.orders;

import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import dev.dockerfile.it.fleet.lib.Greeting;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

public final class OrdersService {
    private OrdersService() {
    }

    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(3000), 0);
        server.createContext("/", exchange -> {
            String json = JsonParser.parseString(Greeting.of(System.getProperty("service.name"))).toString();
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }
}
