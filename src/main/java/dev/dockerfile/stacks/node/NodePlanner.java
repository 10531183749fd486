package dev.dockerfile.stacks.node;

import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.ValidSettings;
import dev.dockerfile.config.BuildMode;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.plan.Copy;
import dev.dockerfile.plan.Detection;
import dev.dockerfile.plan.FixedTimes;
import dev.dockerfile.plan.Plan;
import dev.dockerfile.plan.PlanContext;
import dev.dockerfile.plan.StackPlan;
import dev.dockerfile.plan.StackPlanner;
import dev.dockerfile.render.ShellSyntax;
import dev.dockerfile.stacks.jvm.MainClasses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Node.js service: production dependencies installed by {@code npm ci} from the lock file before
 * any source, an optional {@code npm run build}, then Node.js, those dependencies and the
 * application's own files.
 */
public final class NodePlanner implements StackPlanner {
    static final String BUILD_DIR = "/build";
    /**
     * The production dependencies are set aside here (before the full install a build needs), at
     * their final path ({@code /deps/app/node_modules}) with fixed times: the final stage copies this
     * root to {@code /}, so the same lock file gives the same layer.
     */
    static final String PRODUCTION_DIR = "/deps";
    private static final String NPM_CACHE_MOUNT = "--mount=type=cache,target=/root/.npm ";
    /**
     * npm's user configuration, as a BuildKit secret: the registry's token
     * ({@code docker build --secret id=npmrc,src=$HOME/.npmrc}). A secret is mounted for the one step and
     * is in no layer and no image's history; absent, npm runs as without it.
     */
    static final String NPMRC_SECRET_MOUNT = "--mount=type=secret,id=npmrc,target=/root/.npmrc ";
    /** The variable npm reads its registry from, taken as a build argument of the builder alone. */
    static final List<String> REGISTRY_ARGS = List.of("NPM_CONFIG_REGISTRY");
    private static final String INSTALL = "npm ci --no-audit --no-fund";
    private static final String INSTALL_PRODUCTION = "npm ci --omit=dev --no-audit --no-fund";
    /**
     * Node.js as PID 1 has no default action for SIGTERM or SIGINT, so {@code docker stop} waits its
     * 10 s and kills. This preload exits with the signal's status, unless the application installed
     * its own handler (then that handler's graceful shutdown runs undisturbed). No package, no file:
     * it works on every base image. Written without '?', '#' and '%', which a data: URL would read.
     */
    static final String SIGNAL_PRELOAD = "data:text/javascript,for(const[s,c]of[['SIGINT',130],['SIGTERM',143]])"
            + "process.on(s,()=>process.listenerCount(s)>1||process.exit(c))";
    /** {@code --import} (which the preload needs) exists from Node.js 18.18 and 20.6. */
    private static final int PRELOAD_SINCE = 18;

    @Override
    public Optional<Detection> detect(ProjectInfo project, ValidSettings settings) {
        if (!Files.isRegularFile(project.baseDir().resolve(NodeProject.MANIFEST))) {
            return Optional.empty();
        }
        boolean javaApplication = "jar".equals(project.packaging())
                && (settings.mainClass() != null || MainClasses.first(project).isPresent());
        if (javaApplication) {
            return Optional.empty(); // a Java service that builds a front end: the JVM stacks' business
        }
        return Optional.of(Detection.service("stack node: " + NodeProject.MANIFEST + " is in the module directory"));
    }

    @Override
    public String looksFor() {
        return "no " + NodeProject.MANIFEST;
    }

    @Override
    public Class<NodePlan> detailsType() {
        return NodePlan.class;
    }

    @Override
    public StackPlan plan(PlanContext context) throws ConfigurationException {
        ValidSettings settings = context.settings();
        if (settings.buildMode() == BuildMode.ARTIFACT) {
            context.note("buildMode artifact ignored: a Node.js service is always built from its source");
        }
        Path baseDir = context.project().baseDir();
        NodeProject node = NodeProject.scan(baseDir, settings.command());
        context.note(node.version().reason());
        context.note(node.commandReason());
        node.notes().forEach(context::note);
        String image = "node:" + node.version().tag() + "-slim";

        String cache = settings.cacheMounts() ? NPM_CACHE_MOUNT + NPMRC_SECRET_MOUNT : "";
        List<Copy> sources = new ArrayList<>();
        List<Copy> application = new ArrayList<>(List.of(Copy.fromContext(NodeProject.MANIFEST, "./")));
        // npm ci makes no node_modules for a project without dependencies.
        List<String> production = new ArrayList<>(List.of(INSTALL_PRODUCTION, "mkdir -p node_modules " + PRODUCTION_DIR + Plan.WORKDIR,
                "mv node_modules " + PRODUCTION_DIR + Plan.WORKDIR + "/", FixedTimes.touch(List.of(PRODUCTION_DIR))));
        String modules = PRODUCTION_DIR + Plan.WORKDIR + "/node_modules";
        if (node.build()) {
            production.add(INSTALL);
            sources.addAll(copies(baseDir, node.sources(), "", false));
            application.addAll(copies(baseDir, node.runtime(), BUILD_DIR + "/", true));
        } else {
            application.addAll(copies(baseDir, node.runtime(), "", false));
        }
        String install = cache + ShellSyntax.chain(production);

        List<String> start = new ArrayList<>(node.command());
        // The user's <command> gets the preload too when it starts node itself (not npm, not a script).
        boolean runsNode = !start.isEmpty() && (start.get(0).equals("node") || start.get(0).endsWith("/node"));
        if (runsNode && start.contains(SIGNAL_PRELOAD)) {
            runsNode = false;
        }
        if (!settings.command().isEmpty() && !runsNode) {
            context.note("signals: <command> does not start node itself, so docker stop waits its timeout unless"
                    + " the program handles SIGTERM");
        } else if (runsNode && node.version().major() >= PRELOAD_SINCE) {
            start.addAll(1, List.of("--import", SIGNAL_PRELOAD));
            context.note("signals: a preload makes node exit on SIGTERM and SIGINT unless the application handles them");
        } else if (runsNode) {
            context.note("signals: Node.js " + node.version().major() + " has no --import, so docker stop waits"
                    + " its timeout unless the application handles SIGTERM");
        }
        List<String> include = new ArrayList<>(List.of(NodeProject.MANIFEST, node.lockFile()));
        include.addAll(node.build() ? node.sources() : node.runtime());
        List<String> exclude = List.of("**/node_modules", "**/*.test.*", "**/*.spec.*", "**/__tests__");
        context.note("build mode " + BuildMode.SOURCE.id());
        return new StackPlan(BuildMode.SOURCE, image, image, start, NodeProject.RUNTIME_ENV,
                new Plan.IgnoreList(include, exclude), null,
                new NodePlan(BUILD_DIR, Copy.fromContext(NodeProject.MANIFEST + " " + node.lockFile(), "./"), REGISTRY_ARGS, install, sources,
                        node.build() ? "npm run build" : null, modules, application), true);
    }

    /**
     * One COPY per directory (a COPY of several directories would merge their contents) and one
     * for all the files.
     *
     * @param prefix where the names lie in the source: the build context, or the builder's directory
     */
    private static List<Copy> copies(Path baseDir, List<String> names, String prefix, boolean fromBuilder) {
        List<Copy> copies = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (String name : names) {
            Path path = baseDir.resolve(name);
            // With a build, output directories (dist/) exist only in the builder: a name without a dot is one.
            boolean directory = Files.isDirectory(path) || !Files.exists(path) && !name.contains(".");
            if (directory) {
                copies.add(new Copy(fromBuilder ? "builder" : "", prefix + name + "/", "./" + name + "/"));
            } else {
                files.add(prefix + name);
            }
        }
        if (!files.isEmpty()) {
            copies.add(new Copy(fromBuilder ? "builder" : "", String.join(" ", files), "./"));
        }
        return copies;
    }
}
