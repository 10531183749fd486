package dev.dockerfile.stacks.python;

import dev.dockerfile.stacks.python.WebFramework.Interface;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The application servers a service may declare, in the order they are preferred for each interface,
 * and the command that starts each on every address of the container. Each handles SIGTERM itself:
 * it stops accepting, finishes the requests in flight and exits, which {@code docker stop} waits for.
 * Workers are left at the server's own default (one process; gunicorn and uvicorn take
 * {@code WEB_CONCURRENCY} from the environment): a container is scaled by running more of it, and a
 * count taken from the build machine's CPUs would be wrong on the one that runs it.
 */
enum AppServer {
    UVICORN("uvicorn", Set.of(Interface.ASGI)),
    HYPERCORN("hypercorn", Set.of(Interface.ASGI)),
    GUNICORN("gunicorn", Set.of(Interface.WSGI)),
    GRANIAN("granian", Set.of(Interface.ASGI, Interface.WSGI)),
    WAITRESS("waitress", Set.of(Interface.WSGI));

    final String distribution;
    final Set<Interface> interfaces;

    AppServer(String distribution, Set<Interface> interfaces) {
        this.distribution = distribution;
        this.interfaces = interfaces;
    }

    /** The first declared server that speaks the interface, or null. */
    static AppServer declared(PythonDependencies dependencies, Interface iface) {
        for (AppServer server : values()) {
            if (server.interfaces.contains(iface) && (dependencies.has(server.distribution) || server.bundled(dependencies))) {
                return server;
            }
        }
        return null;
    }

    /** FastAPI's {@code standard} and {@code all} extras bring uvicorn with them. */
    private boolean bundled(PythonDependencies dependencies) {
        return this == UVICORN && (dependencies.hasExtra("fastapi", "standard") || dependencies.hasExtra("fastapi", "all"));
    }

    /** The server to add when none is declared: the one each framework's deployment guide names first. */
    static String suggestion(Interface iface) {
        return iface == Interface.ASGI ? UVICORN.distribution : GUNICORN.distribution;
    }

    /**
     * The start command for {@code module:object} (a factory is {@code module:function} with {@code factory}).
     */
    List<String> command(String module, String object, boolean factory, Interface iface, int port) {
        String target = module + ":" + object;
        List<String> words = new ArrayList<>();
        switch (this) {
            case UVICORN -> {
                words.addAll(List.of("uvicorn", target, "--host", "0.0.0.0", "--port", Integer.toString(port)));
                if (factory) {
                    words.add("--factory");
                }
            }
            case HYPERCORN -> words.addAll(List.of("hypercorn", factory ? target + "()" : target,
                    "--bind", "0.0.0.0:" + port));
            // gunicorn's heartbeat files go to memory: on the container's overlay file system a
            // worker can block on them (gunicorn's deployment notes).
            case GUNICORN -> words.addAll(List.of("gunicorn", factory ? target + "()" : target,
                    "--bind", "0.0.0.0:" + port, "--worker-tmp-dir", "/dev/shm"));
            case GRANIAN -> {
                words.addAll(List.of("granian", "--interface", iface.name().toLowerCase(java.util.Locale.ROOT),
                        "--host", "0.0.0.0", "--port", Integer.toString(port)));
                if (factory) {
                    words.add("--factory");
                }
                words.add(target);
            }
            case WAITRESS -> {
                words.addAll(List.of("waitress-serve", "--listen=0.0.0.0:" + port));
                if (factory) {
                    words.add("--call");
                }
                words.add(target);
            }
            default -> throw new IllegalStateException(name());
        }
        return words;
    }
}
