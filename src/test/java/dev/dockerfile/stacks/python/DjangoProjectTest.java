package dev.dockerfile.stacks.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DjangoProjectTest {
    @TempDir
    Path dir;

    private void project(String settingsModule, String settingsPath, String settings) throws Exception {
        Files.writeString(dir.resolve("manage.py"), "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', '"
                + settingsModule + "')\n");
        Path file = dir.resolve(settingsPath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, settings);
    }

    @Test
    void startprojectLayout() throws Exception {
        project("mysite.settings", "mysite/settings.py", "INSTALLED_APPS = ['django.contrib.staticfiles']\n"
                + "WSGI_APPLICATION = 'mysite.wsgi.application'\nSTATIC_ROOT = BASE_DIR / 'staticfiles'  # out\n");
        Files.writeString(dir.resolve("mysite/asgi.py"), "application = None\n");
        DjangoProject django = DjangoProject.find(dir).orElseThrow();
        assertEquals("mysite.wsgi:application", django.wsgi());
        assertEquals("mysite.asgi:application", django.asgi());
        assertEquals("staticfiles", django.staticRoot());
    }

    @Test
    void splitSettingsPackageAndAbsoluteStaticRoot() throws Exception {
        project("config.settings.production", "config/settings/production.py", "from .base import *\n");
        Files.writeString(dir.resolve("config/settings/base.py"), "INSTALLED_APPS = [\"django.contrib.staticfiles\"]\n"
                + "STATIC_ROOT = \"/var/www/static/\"\nASGI_APPLICATION = \"config.asgi.application\"\n");
        Files.writeString(dir.resolve("config/__init__.py"), "");
        Files.writeString(dir.resolve("config/settings/__init__.py"), "");
        Files.writeString(dir.resolve("config/wsgi.py"), "");
        DjangoProject django = DjangoProject.find(dir).orElseThrow();
        assertEquals("config.wsgi:application", django.wsgi());
        assertEquals("config.asgi:application", django.asgi());
        assertEquals("/var/www/static", django.staticRoot());
    }

    @Test
    void staticRootForms() {
        assertEquals("static", DjangoProject.staticRoot("os.path.join(BASE_DIR, \"static\")"));
        assertEquals("assets/collected", DjangoProject.staticRoot("str(BASE_DIR / 'assets' / 'collected')"));
        assertNull(DjangoProject.staticRoot("os.environ['STATIC_ROOT']"));
        assertNull(DjangoProject.staticRoot("BASE_DIR / '..' / 'x'"));
        assertNull(DjangoProject.staticRoot("'relative/path'"));
    }

    @Test
    void noCollectstaticWithoutStaticfilesOrStaticRoot() throws Exception {
        project("site.settings", "site/settings.py", "STATIC_ROOT = BASE_DIR / 'static'\n");
        assertTrue(DjangoProject.find(dir).orElseThrow().staticReason().contains("django.contrib.staticfiles is not in"));
        project("site.settings", "site/settings.py", "INSTALLED_APPS = ['django.contrib.staticfiles']\n");
        assertTrue(DjangoProject.find(dir).orElseThrow().staticReason().contains("no STATIC_ROOT"));
        project("site.settings", "site/settings.py", "INSTALLED_APPS = ['django.contrib.staticfiles']\nSTATIC_ROOT = env('X')\n");
        assertTrue(DjangoProject.find(dir).orElseThrow().staticReason().contains("is not a path under BASE_DIR"));
    }

    @Test
    void aManagePyWithoutSettingsIsNoDjangoProject() throws Exception {
        Files.writeString(dir.resolve("manage.py"), "print('tasks')\n");
        assertTrue(DjangoProject.find(dir).isEmpty());
    }
}
