package dev.dockerfile.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.SessionData;

/**
 * Gathers the fleet file's services across the modules of one build, in any order and on any
 * thread ({@code -T}): each module's execution reports its service, or that it has none, and the
 * report that completes the set of expected modules gets the whole fleet to write or compare.
 * {@code generate} and {@code verify} report to the same fleet: a module whose Dockerfile is
 * committed and only verified still belongs in the file the other modules' generate writes, and a
 * fleet is never written while one of its modules has yet to report.
 *
 * <p>The state lives in the build's session data, not in a static field, so two builds in one JVM
 * (an IDE, a daemon) never mix; it holds only JDK types, since each module may see this class
 * from a different class loader.
 */
final class FleetRegistry {
    private static final String KEY = FleetRegistry.class.getName();

    /** The fleet as complete: service name to its YAML, and whether any module is built from artifacts. */
    record Fleet(SortedMap<String, String> services, boolean anyFromArtifacts, List<String> duplicates) {
    }

    private FleetRegistry() {
    }

    /**
     * The reactor root when this build has one and builds more than one module: a {@code -pl} build
     * that leaves the root out, or a single-module build, writes no fleet file.
     */
    static MavenProject root(MavenSession session) {
        List<MavenProject> projects = session.getProjects();
        if (projects == null || projects.size() < 2) {
            return null;
        }
        return projects.stream().filter(MavenProject::isExecutionRoot).findFirst().orElse(null);
    }

    /**
     * Records one module's report for the fleet at {@code fleetFile}.
     *
     * @param service the service's name, its YAML and whether it is built from artifacts ("true"), or
     *     {@code null} when the module has none
     * @return the complete fleet when this report was the last one expected, else {@code null}
     */
    static Fleet report(MavenSession session, MojoExecution execution, Path fleetFile, MavenProject project,
            String[] service) {
        Map<String, Map<String, String[]>> fleets = fleets(session);
        Map<String, String[]> reports = fleets.computeIfAbsent(fleetFile.toString(), key -> new TreeMap<>());
        Set<String> expected = expected(session, execution);
        synchronized (reports) {
            reports.put(project.getId(), service == null ? new String[0] : service.clone());
            if (!reports.keySet().containsAll(expected)) {
                return null;
            }
            SortedMap<String, String> services = new TreeMap<>();
            List<String> duplicates = new ArrayList<>();
            boolean artifacts = false;
            // Project ids in order: when two modules share a name, the same one wins in every build.
            for (Map.Entry<String, String[]> report : reports.entrySet()) {
                String[] s = report.getValue();
                if (s.length == 0) {
                    continue;
                }
                if (services.putIfAbsent(s[0], s[1]) != null) {
                    duplicates.add(report.getKey());
                } else {
                    artifacts |= Boolean.parseBoolean(s[2]);
                }
            }
            return new Fleet(services, artifacts, duplicates);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String[]>> fleets(MavenSession session) {
        SessionData data = session.getRepositorySession().getData();
        Object fleets = data.get(KEY);
        if (fleets == null) {
            data.set(KEY, null, new ConcurrentHashMap<String, Map<String, String[]>>());
            fleets = data.get(KEY);
        }
        return (Map<String, Map<String, String[]>>) fleets;
    }

    /**
     * The modules whose report completes the fleet: every module of the build when the goal was
     * named on the command line, else those whose POM binds generate or verify to a phase.
     */
    static Set<String> expected(MavenSession session, MojoExecution execution) {
        Set<String> expected = new LinkedHashSet<>();
        boolean fromCommandLine = execution.getExecutionId() != null && execution.getExecutionId().startsWith("default-cli");
        String key = execution.getMojoDescriptor().getPluginDescriptor().getPluginLookupKey();
        for (MavenProject project : session.getProjects()) {
            if (fromCommandLine || binds(project, key, List.of(GenerateMojo.GOAL, VerifyMojo.GOAL))) {
                expected.add(project.getId());
            }
        }
        return expected;
    }

    /** Whether the POM binds one of {@code goals} to a phase (its own or the goal's default) in {@code project}. */
    private static boolean binds(MavenProject project, String pluginKey, List<String> goals) {
        Plugin plugin = project.getBuild().getPluginsAsMap().get(pluginKey);
        return plugin != null && plugin.getExecutions().stream().anyMatch(execution -> !"none".equals(execution.getPhase())
                && execution.getGoals().stream().anyMatch(goals::contains));
    }
}
