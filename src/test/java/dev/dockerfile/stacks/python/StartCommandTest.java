package dev.dockerfile.stacks.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.config.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How each framework and server is started, as PythonProject.scan finds them in a module's files. */
class StartCommandTest {
    @TempDir
    Path root;
    private Path dir;
    private int projects;

    /** A new module directory for each project, so that no file of the one before is left. */
    private PythonProject project(String requirements, String... files) throws Exception {
        dir = Files.createDirectories(root.resolve("m" + projects++));
        Files.writeString(dir.resolve("requirements.txt"), requirements);
        for (int i = 0; i < files.length; i += 2) {
            Path file = dir.resolve(files[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, files[i + 1]);
        }
        return PythonProject.scan(dir, List.of(), 3000);
    }

    private List<String> command(String requirements, String... files) throws Exception {
        return project(requirements, files).command();
    }

    private String failure(String requirements, String... files) {
        return assertThrows(ConfigurationException.class, () -> project(requirements, files)).getMessage();
    }

    @Test
    void fastapiInAppMainUnderUvicorn() throws Exception {
        PythonProject p = project("fastapi\nuvicorn\n", "app/__init__.py", "", "app/main.py",
                "from fastapi import FastAPI\n\napp = FastAPI(title='x')\n\nif __name__ == '__main__':\n    pass\n");
        assertEquals(List.of("uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "3000"), p.command());
        assertEquals("command uvicorn app.main:app --host 0.0.0.0 --port 3000: fastapi application app in app/main.py,"
                + " uvicorn from requirements.txt", p.commandReason());
    }

    @Test
    void fastapiStandardBringsUvicornAndSrcLayoutsAreImportedByPackage() throws Exception {
        assertEquals(List.of("uvicorn", "shop.web.api:api", "--host", "0.0.0.0", "--port", "3000"),
                command("fastapi[standard]\n", "src/shop/__init__.py", "", "src/shop/web/__init__.py", "",
                        "src/shop/web/api.py", "import fastapi\napi: fastapi.FastAPI = fastapi.FastAPI()\n"));
    }

    @Test
    void eachAsgiServerHasItsCommand() throws Exception {
        assertEquals(List.of("hypercorn", "main:application", "--bind", "0.0.0.0:3000"),
                command("starlette\nhypercorn\n", "main.py", "application = Starlette(routes=[])\n"));
        assertEquals(List.of("granian", "--interface", "asgi", "--host", "0.0.0.0", "--port", "3000", "app:app"),
                command("litestar\ngranian\n", "app.py", "app = Litestar([index])\n"));
        assertEquals(List.of("uvicorn", "server:app", "--host", "0.0.0.0", "--port", "3000"),
                command("quart\nuvicorn\n", "server.py", "app = Quart(__name__)\n"));
        assertEquals(List.of("uvicorn", "api:app", "--host", "0.0.0.0", "--port", "3000"),
                command("falcon\nuvicorn\ngunicorn\n", "api.py", "import falcon.asgi\napp = falcon.asgi.App()\n"));
    }

    @Test
    void eachWsgiServerHasItsCommand() throws Exception {
        assertEquals(List.of("gunicorn", "app:app", "--bind", "0.0.0.0:3000", "--worker-tmp-dir", "/dev/shm"),
                command("Flask\ngunicorn\nuvicorn\n", "app.py", "app = Flask(__name__)\n"));
        assertEquals(List.of("waitress-serve", "--listen=0.0.0.0:3000", "web:app"),
                command("bottle\nwaitress\n", "web.py", "import bottle\napp = bottle.Bottle()\n"));
        assertEquals(List.of("granian", "--interface", "wsgi", "--host", "0.0.0.0", "--port", "3000", "svc.wsgi:api"),
                command("falcon\ngranian\n", "svc/__init__.py", "", "svc/wsgi.py", "api = falcon.App()\n"));
    }

    @Test
    void applicationFactories() throws Exception {
        assertEquals(List.of("gunicorn", "flaskr:create_app()", "--bind", "0.0.0.0:3000", "--worker-tmp-dir", "/dev/shm"),
                command("flask\ngunicorn\n", "flaskr/__init__.py", "def create_app(test_config=None):\n    pass\n"));
        assertEquals(List.of("uvicorn", "svc.main:make_app", "--host", "0.0.0.0", "--port", "3000", "--factory"),
                command("fastapi\nuvicorn\n", "svc/__init__.py", "", "svc/main.py", "def make_app():\n    pass\n"));
        assertEquals(List.of("waitress-serve", "--listen=0.0.0.0:3000", "--call", "app:create_app"),
                command("flask\nwaitress\n", "app.py", "def create_app():\n    pass\n"));
    }

    @Test
    void aFrameworkWithoutAServerSaysWhichToAdd() {
        assertTrue(failure("flask\n", "app.py", "app = Flask(__name__)\n").contains("the WSGI application app:app (flask,"
                + " in app.py) has no WSGI server among the dependencies (requirements.txt). Add gunicorn to requirements.txt,"
                + " or set <command>"), "");
        assertTrue(failure("fastapi\ngunicorn\n", "main.py", "app = FastAPI()\n").contains("Add uvicorn to requirements.txt"));
    }

    @Test
    void aFrameworkWithoutAnApplicationObjectNamesTheCommandParameter() {
        String message = failure("fastapi\nuvicorn\n", "main.py", "print('no app here')\n");
        assertTrue(message.startsWith("<command> (-Ddockerfile.command) is not set, and requirements.txt declares fastapi,"
                + " but no application object was found: no module-level assignment such as app = FastAPI(...)"), message);
    }

    @Test
    void djangoUnderItsServers() throws Exception {
        String manage = "os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"site1.settings\")\n";
        String[] files = {"manage.py", manage, "site1/__init__.py", "", "site1/settings.py", "X = 1\n",
                "site1/wsgi.py", "", "site1/asgi.py", ""};
        assertEquals(List.of("gunicorn", "site1.wsgi:application", "--bind", "0.0.0.0:3000", "--worker-tmp-dir", "/dev/shm"),
                command("django\ngunicorn\nuvicorn\n", files));
        assertEquals(List.of("uvicorn", "site1.asgi:application", "--host", "0.0.0.0", "--port", "3000"),
                command("django\nuvicorn\n", files));
        assertTrue(failure("django\n", files).contains("the Django project (site1.settings) has no application server among its"
                + " dependencies (requirements.txt); runserver is for development only. Add gunicorn"));
    }

    @Test
    void theProcfileWinsAndRootScriptsRunThemselves() throws Exception {
        assertEquals(List.of("gunicorn", "x:y"), command("flask\n", "Procfile", "web: gunicorn x:y\n", "app.py", "app = Flask(__name__)\n"));
        assertEquals(List.of("python", "server.py"), command("requests\n", "server.py", "print(1)\n"));
    }

    @Test
    void filesTheCommandReadsAreCopied() throws Exception {
        PythonProject p = project("django\ngunicorn\n", "Procfile", "web: gunicorn --config gunicorn.conf.py site1.wsgi"
                + " --log-config=conf/logging.ini --access-logfile -\n", "gunicorn.conf.py", "bind = '[::]:3000'\n",
                "conf/logging.ini", "", "site1/__init__.py", "", "site1/wsgi.py", "");
        assertEquals(List.of("gunicorn.conf.py", "conf/logging.ini"), p.commandFiles());
        assertEquals(List.of("gunicorn.conf.py"), project("flask\ngunicorn\n", "app.py", "app = Flask(__name__)\n",
                "gunicorn.conf.py", "workers = 2\n").commandFiles(), "gunicorn reads it from its working directory unasked");
        assertEquals(List.of(), project("flask\nwaitress\n", "app.py", "app = Flask(__name__)\n",
                "gunicorn.conf.py", "").commandFiles());
    }

    @Test
    void runtimeDirectoriesAndNativeDependencies() throws Exception {
        PythonProject p = project("psycopg2==2.9\nmysqlclient\n", "main.py", "", "templates/a.html", "", "static/a.css", "",
                "docs/x.md", "");
        assertEquals(List.of("static", "templates"), p.dataDirs());
        assertEquals("mysqlclient, psycopg2 (built from source)", p.nativeReason());
        Files.writeString(dir.resolve("requirements.txt"), "requests\n");
        assertNull(PythonProject.scan(dir, List.of(), 3000).nativeReason());
        Files.writeString(dir.resolve("setup.py"), "setup(ext_modules=[Extension('fast', ['fast.c'])])\n");
        assertEquals("setup.py's ext_modules", PythonProject.scan(dir, List.of(), 3000).nativeReason());
    }
}
