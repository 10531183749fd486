package dev.dockerfile.stacks.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockerfile.config.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcfileTest {
    @TempDir
    Path dir;

    @Test
    void thePortInEveryFormAndQuotesBecomeWords() throws Exception {
        assertEquals(List.of("gunicorn", "app:app", "--bind", "0.0.0.0:8000"),
                Procfile.words("gunicorn app:app --bind 0.0.0.0:$PORT", 8000));
        assertEquals(List.of("uvicorn", "main:app", "--port=8000", "--host", "0.0.0.0"),
                Procfile.words("exec uvicorn main:app --port=${PORT:-5000} --host '0.0.0.0'", 8000));
        assertEquals(List.of("hypercorn", "a b:app", "--bind", "[::]:8000"),
                Procfile.words("hypercorn \"a b:app\" --bind [::]:${PORT}", 8000));
        assertEquals(List.of("python", "server.py", "--name=x#1"), Procfile.words("python server.py --name=x\\#1", 8000));
    }

    @Test
    void whatNeedsAShellIsRefusedWithTheFix() {
        for (String line : new String[] {"python manage.py migrate && gunicorn app:app", "gunicorn app:app --workers $WEB_CONCURRENCY",
                "FOO=1 gunicorn app:app", "gunicorn 'app:app", "sh -c \"echo $HOME\"", "gunicorn app:app | tee log", ""}) {
            var e = assertThrows(ConfigurationException.class, () -> Procfile.words(line, 3000), line);
            assertTrue(e.getMessage().startsWith("<command> (-Ddockerfile.command) is not set, and the web line of the Procfile"),
                    e.getMessage());
        }
    }

    @Test
    void onlyTheWebLineCounts() throws Exception {
        assertEquals(Optional.empty(), Procfile.webCommand(dir, 3000));
        Files.writeString(dir.resolve("Procfile"), "release: python manage.py migrate\nworker: celery -A x worker\n");
        assertEquals(Optional.empty(), Procfile.webCommand(dir, 3000));
        Files.writeString(dir.resolve("Procfile"), "release: python manage.py migrate\nweb:   waitress-serve --port=$PORT app:app\n");
        assertEquals(Optional.of(List.of("waitress-serve", "--port=3000", "app:app")), Procfile.webCommand(dir, 3000));
    }
}
