package dev.dockerfile.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.dockerfile.model.BuildPlugin;
import dev.dockerfile.model.ConfigNode;
import dev.dockerfile.model.ProjectInfo;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.License;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.Scm;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class ProjectInfoReaderTest {

    private static MavenProject project(String groupId, String artifactId) {
        Model model = new Model();
        model.setGroupId(groupId);
        model.setArtifactId(artifactId);
        model.setVersion("1.0");
        model.setBuild(new Build());
        MavenProject project = new MavenProject(model);
        project.setOriginalModel(model.clone());
        project.setFile(new File("/work/" + artifactId + "/pom.xml"));
        return project;
    }

    private static MavenProject project(String artifactId) {
        return project("dev.example", artifactId);
    }

    private static Xpp3Dom manifest(String mainClass) {
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        Xpp3Dom archive = new Xpp3Dom("archive");
        Xpp3Dom manifest = new Xpp3Dom("manifest");
        Xpp3Dom main = new Xpp3Dom("mainClass");
        main.setValue(mainClass);
        manifest.addChild(main);
        archive.addChild(manifest);
        configuration.addChild(archive);
        return configuration;
    }

    @Test
    void pluginsAreCopiedWithTheirConfigurationAndExecutions() {
        MavenProject project = project("svc");
        Plugin shade = new Plugin();
        shade.setArtifactId("maven-shade-plugin");
        shade.setVersion("3.6.0");
        PluginExecution execution = new PluginExecution();
        execution.setId("default");
        execution.setPhase("package");
        execution.addGoal("shade");
        Xpp3Dom configuration = manifest("com.example.Main");
        Xpp3Dom transformer = new Xpp3Dom("transformer");
        transformer.setAttribute("implementation", "x.ManifestResourceTransformer");
        configuration.addChild(transformer);
        execution.setConfiguration(configuration);
        shade.addExecution(execution);
        project.getBuild().addPlugin(shade);

        List<BuildPlugin> plugins = ProjectInfoReader.plugins(project);

        assertEquals(1, plugins.size());
        BuildPlugin copied = plugins.get(0);
        assertEquals("org.apache.maven.plugins:maven-shade-plugin", copied.key());
        assertNull(copied.configuration());
        BuildPlugin.Execution exec = copied.executions().get(0);
        assertEquals("package", exec.phase());
        assertEquals(List.of("shade"), exec.goals());
        assertEquals("com.example.Main", exec.configuration().text("archive", "manifest", "mainClass").orElseThrow());
        ConfigNode copiedTransformer = exec.configuration().child("transformer").orElseThrow();
        assertEquals(Map.of("implementation", "x.ManifestResourceTransformer"), copiedTransformer.attributes());
        assertNull(ProjectInfoReader.node("not a DOM"));
    }

    @Test
    void valuesInheritedFromAParentSayWhoDeclaredThem() {
        MavenProject framework = project("org.springframework.boot", "spring-boot-starter-parent");
        framework.getOriginalModel().setDescription("Parent pom providing dependency and plugin management");
        Scm scm = new Scm();
        scm.setUrl("https://github.com/spring-projects/spring-boot");
        framework.getOriginalModel().setScm(scm);
        MavenProject own = project("dev.example", "company-parent");
        own.getOriginalModel().setUrl("https://example.dev");
        own.setParent(framework);
        MavenProject service = project("service");
        service.getOriginalModel().setScm(scm);
        service.setParent(own);
        MavenSession session = mock(MavenSession.class);
        when(session.getProjects()).thenReturn(List.of(own, service));

        Map<String, ProjectInfo.Origin> origins = ProjectInfoReader.origins(service, session);

        assertEquals(Map.of("description", new ProjectInfo.Origin("org.springframework.boot", "spring-boot-starter-parent", false),
                "url", new ProjectInfo.Origin("dev.example", "company-parent", true)), origins);
    }

    @Test
    void aDependencyOnAnotherReactorModuleIsFound() {
        MavenProject lib = project("lib");
        MavenProject service = project("service");
        Dependency onLib = new Dependency();
        onLib.setGroupId("dev.example");
        onLib.setArtifactId("lib");
        onLib.setVersion("1.0");
        service.getModel().addDependency(onLib);
        MavenSession session = mock(MavenSession.class);
        when(session.getProjects()).thenReturn(List.of(lib, service));
        assertEquals("it depends on dev.example:lib from this reactor", ProjectInfoReader.reactorDependency(service, session));
        onLib.setScope("test");
        assertNull(ProjectInfoReader.reactorDependency(service, session));
    }

    @Test
    void aParentReadFromDiskMeansArtifactMode() {
        MavenProject parent = project("parent");
        MavenProject child = project("child");
        child.setParent(parent);
        assertEquals("its parent dev.example:parent is read from a file outside the module, not from a repository",
                ProjectInfoReader.reactorDependency(child, null));
    }

    @Test
    void readsTheFactsTheCoreNeeds() {
        MavenProject project = project("svc");
        project.getModel().setDescription("A service");
        License license = new License();
        license.setName("MIT");
        project.getModel().addLicense(license);
        project.getBuild().setFinalName("svc-1.0");
        project.getBuild().setDirectory("/work/svc/target");
        project.getProperties().setProperty("maven.compiler.release", "21");
        Plugin boot = new Plugin();
        boot.setGroupId("org.springframework.boot");
        boot.setArtifactId("spring-boot-maven-plugin");
        boot.setVersion("3.5.7");
        project.getBuild().addPlugin(boot);
        MavenSession session = mock(MavenSession.class);
        when(session.getProjects()).thenReturn(List.of(project));

        ProjectInfo info = ProjectInfoReader.read(project, session);

        assertEquals("svc", info.artifactId());
        assertEquals(List.of("MIT"), info.licenses());
        assertEquals("3.5.7", info.plugin("org.springframework.boot", "spring-boot-maven-plugin").orElseThrow().version());
        assertEquals("21", info.property("maven.compiler.release"));
        assertEquals("svc-1.0", info.finalName());
        assertEquals(false, info.reactorModules());
        assertNull(info.reactorDependency());
    }
}
