package dev.dockerfile.stacks.python;

import java.util.regex.Pattern;

/**
 * The web frameworks whose application object a server is started with, each told by the distribution
 * that declares it and by how its application is made in the source ({@code app = FastAPI()}).
 * Django is found from {@code manage.py} instead ({@link DjangoProject}).
 */
enum WebFramework {
    FASTAPI("fastapi", Interface.ASGI, "FastAPI", "(?:fastapi\\.)?FastAPI"),
    STARLETTE("starlette", Interface.ASGI, "Starlette", "(?:starlette\\.applications\\.|applications\\.)?Starlette"),
    QUART("quart", Interface.ASGI, "Quart", "(?:quart\\.)?Quart"),
    LITESTAR("litestar", Interface.ASGI, "Litestar", "(?:litestar\\.)?Litestar"),
    /** {@code falcon.asgi.App} is the ASGI flavour: {@link #interfaceOf} tells. */
    FALCON("falcon", Interface.WSGI, "falcon.App", "falcon\\.(?:asgi\\.)?(?:App|API)"),
    FLASK("flask", Interface.WSGI, "Flask", "(?:flask\\.)?Flask"),
    BOTTLE("bottle", Interface.WSGI, "Bottle", "(?:bottle\\.)?(?:Bottle|default_app)");

    /** The two ways a Python server calls an application. */
    enum Interface { ASGI, WSGI }

    final String distribution;
    final Interface defaultInterface;
    /** A module-level assignment of a new application: {@code app = FastAPI(title="x")}, {@code api: Flask = Flask(__name__)}. */
    final Pattern assignment;
    /** How the application is made, for messages: {@code FastAPI}. */
    final String constructor;

    WebFramework(String distribution, Interface defaultInterface, String constructor, String pattern) {
        this.distribution = distribution;
        this.constructor = constructor;
        this.defaultInterface = defaultInterface;
        this.assignment = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*(?::\\s*[^=]+)?=\\s*(" + pattern + ")\\s*\\(");
    }

    Interface interfaceOf(String constructor) {
        return constructor.contains(".asgi.") ? Interface.ASGI : defaultInterface;
    }

}
