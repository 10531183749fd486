package dev.dockerfile.plan;

import dev.dockerfile.image.ImageReference;
import dev.dockerfile.config.ConfigurationException;
import dev.dockerfile.config.Defaults;
import dev.dockerfile.config.Parameter;
import dev.dockerfile.config.ValidSettings;
import dev.dockerfile.model.ProjectInfo;
import dev.dockerfile.render.DockerfileSyntax;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Adds what every stack shares to a planner's decisions: the images the user chose, the runtime
 * user, environment and labels, the start command, the header.
 */
public final class PlanAssembler {
    private static final Pattern TAG_UNSAFE = Pattern.compile("[^A-Za-z0-9_.-]");
    private static final Pattern NAME_UNSAFE = Pattern.compile("[^a-z0-9._-]");
    private static final Pattern SEPARATOR_RUN = Pattern.compile("[._-]+");
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[._-]+|[._-]+$");

    private PlanAssembler() {
    }

    public static Plan assemble(PlanContext context, String stack, StackPlan planned) throws ConfigurationException {
        ValidSettings settings = context.settings();
        ProjectInfo project = context.project();
        String runtimeImage = settings.runtimeImage() == null ? planned.runtimeImage() : settings.runtimeImage();
        String builderImage = planned.builderImage() == null ? runtimeImage
                : settings.builderImage() == null ? planned.builderImage() : settings.builderImage();
        if (settings.cacheMounts()) {
            context.note("cacheMounts: RUN --mount=type=cache keeps the package caches between builds (BuildKit only)");
        }
        RuntimeUser user = runtimeUser(settings, runtimeImage);

        // PORT is what Heroku-style services (and many Node, Python and Java ones) listen on; frameworks
        // get their own variable from their planner. The user's <env> wins over both.
        Map<String, String> env = new TreeMap<>(Map.of("PORT", String.valueOf(settings.port())));
        env.putAll(planned.env());
        env.putAll(settings.env());
        Map<String, String> labels = new LinkedHashMap<>(OciLabels.from(project, runtimeImage, settings.revision(),
                context.notes()));
        labels.putAll(new TreeMap<>(settings.labels()));
        // The base image is the build's RUNTIME_IMAGE unless the user labels it otherwise.
        boolean baseFromArg = runtimeImage.equals(labels.get(OciLabels.BASE_NAME));
        List<String> start = settings.command().isEmpty() || planned.startAdaptsCommand() ? planned.start()
                : settings.command();

        context.note("runtime " + runtimeImage + " (" + user.family().id() + "), user " + user.name() + " "
                + user.uid() + ":" + user.gid() + ", port " + String.join(" ", settings.ports()));
        return new Plan(stack, planned.buildMode().id(),
                new Plan.Generated(Plan.MARKER, OciLabels.oneLine(project.artifactId()), buildCommand(context)),
                new Plan.Images(builderImage, runtimeImage),
                user,
                settings.port(),
                settings.ports(),
                Plan.WORKDIR,
                pairs(env),
                baseFromArg ? withBaseFromArg(pairs(labels)) : pairs(labels),
                DockerfileSyntax.execForm(start),
                settings.healthcheck().isEmpty() ? "" : DockerfileSyntax.execForm(settings.healthcheck()),
                settings.cacheMounts(),
                withoutOwnFiles(planned.ignore(), context.context().outputDirectory()),
                planned.details());
    }

    /**
     * A committed output directory inside a path the context lets in ({@code src/main/docker} under
     * {@code src}) would copy the Dockerfile into the builder: an edit to it would then rebuild the
     * compile step. The two generated files are excluded again there.
     */
    static Plan.IgnoreList withoutOwnFiles(Plan.IgnoreList ignore, String output) {
        if (output == null || output.isEmpty()
                || ignore.include().stream().noneMatch(path -> output.startsWith(path.replaceAll("/$", "") + "/"))) {
            return ignore;
        }
        List<String> exclude = new ArrayList<>(ignore.exclude());
        for (String file : List.of("Dockerfile", "Dockerfile.dockerignore")) {
            if (!exclude.contains(output + "/" + file)) {
                exclude.add(output + "/" + file);
            }
        }
        return new Plan.IgnoreList(ignore.include(), exclude);
    }

    /** {@code docker build -f target/docker/Dockerfile -t orders:1.0.0 .}, run from the module directory. */
    public static String buildCommand(PlanContext context) {
        String output = context.context().outputDirectory();
        // The module directory itself is the empty path: the Dockerfile is then just "Dockerfile".
        String dockerfile = output == null ? "<outputDirectory>/Dockerfile"
                : output.isEmpty() ? "Dockerfile" : output + "/Dockerfile";
        return "docker build -f " + dockerfile + " -t " + imageTag(context.project()) + " .";
    }

    /**
     * {@code artifactId:version} made into a reference {@code docker build -t} accepts: a lower-case
     * name whose parts start and end with a letter or digit, and a tag of at most 128 characters that
     * does not start with {@code .} or {@code -}.
     */
    public static String imageTag(ProjectInfo project) {
        String name = NAME_UNSAFE.matcher(project.artifactId().toLowerCase(Locale.ROOT)).replaceAll("-");
        // Separators allowed between name parts: one '.', one '_', "__" or dashes; any other run becomes '-'.
        name = SEPARATOR_RUN.matcher(name).replaceAll(r -> r.group().matches("[.]|_|__|-+") ? r.group() : "-");
        name = EDGE_SEPARATORS.matcher(name).replaceAll("");
        String version = project.version() == null ? "" : TAG_UNSAFE.matcher(project.version()).replaceAll("-");
        String tag = version.replaceFirst("^[.-]+", "");
        tag = tag.substring(0, Math.min(tag.length(), ImageReference.MAX_TAG));
        return (name.isEmpty() ? "app" : name) + ":" + (tag.isEmpty() ? "latest" : tag);
    }

    private static RuntimeUser runtimeUser(ValidSettings settings, String runtimeImage) throws ConfigurationException {
        RuntimeUser.Family family = RuntimeUser.Family.of(runtimeImage);
        boolean distroless = family == RuntimeUser.Family.DISTROLESS;
        if (!distroless) {
            refuseSystemAccount(Parameter.USER, settings.user(), settings.user() != null
                    && RuntimeUser.SYSTEM_NAMES.contains(settings.user()), runtimeImage);
            refuseSystemAccount(Parameter.UID, settings.uid(), settings.uid() != null
                    && RuntimeUser.isSystemId(settings.uid()), runtimeImage);
            refuseSystemAccount(Parameter.GID, settings.gid(), settings.gid() != null
                    && RuntimeUser.isSystemId(settings.gid()), runtimeImage);
        }
        int uid = settings.uid() != null ? settings.uid() : distroless ? Defaults.DISTROLESS_UID : Defaults.UID;
        int gid = settings.gid() != null ? settings.gid() : uid;
        String name = settings.user() != null ? settings.user() : distroless ? Defaults.DISTROLESS_USER : Defaults.USER;
        return new RuntimeUser(name, uid, gid, family);
    }

    /** The runtime stage creates its own user; one the base image already has would fail the build there. */
    private static void refuseSystemAccount(Parameter parameter, Object value, boolean taken, String runtimeImage)
            throws ConfigurationException {
        if (taken) {
            throw new ConfigurationException(parameter, "is " + (value instanceof String ? "'" + value + "'" : value)
                    + ", which base images such as " + runtimeImage + " already use for a system account,"
                    + " so creating the service's user there fails. Choose another, e.g. <user>" + Defaults.USER
                    + "</user> with <uid>" + Defaults.UID + "</uid>, or remove it for those defaults.");
        }
    }

    private static List<Plan.KeyValue> withBaseFromArg(List<Plan.KeyValue> pairs) {
        return pairs.stream().map(p -> p.key().equals(OciLabels.BASE_NAME)
                ? new Plan.KeyValue(p.key(), OciLabels.BASE_NAME_VALUE) : p).toList();
    }

    private static List<Plan.KeyValue> pairs(Map<String, String> values) {
        List<Plan.KeyValue> pairs = new ArrayList<>();
        values.forEach((k, v) -> pairs.add(new Plan.KeyValue(k, DockerfileSyntax.quote(v))));
        return pairs;
    }
}
