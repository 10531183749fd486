package dev.dockerfile.plan;

import dev.dockerfile.config.Defaults;
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

    private PlanAssembler() {
    }

    public static Plan assemble(PlanContext context, String stack, StackPlan planned) {
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
        List<String> start = settings.command().isEmpty() ? planned.start() : settings.command();

        context.note("runtime " + runtimeImage + " (" + user.family().id() + "), user " + user.name() + " "
                + user.uid() + ":" + user.gid() + ", port " + settings.port());
        return new Plan(stack, planned.buildMode().id(),
                new Plan.Generated(Plan.MARKER, OciLabels.oneLine(project.artifactId()), buildCommand(context)),
                new Plan.Images(builderImage, runtimeImage),
                user,
                settings.port(),
                Plan.WORKDIR,
                pairs(env),
                pairs(labels),
                DockerfileSyntax.execForm(start),
                settings.healthcheck().isEmpty() ? "" : DockerfileSyntax.execForm(settings.healthcheck()),
                settings.cacheMounts(),
                planned.ignore(),
                planned.details());
    }

    /** {@code docker build -f target/docker/Dockerfile -t orders:1.0.0 .}, run from the module directory. */
    public static String buildCommand(PlanContext context) {
        String output = context.context().outputDirectory();
        String dockerfile = output == null ? "<outputDirectory>/Dockerfile" : output + "/Dockerfile";
        return "docker build -f " + dockerfile + " -t " + imageTag(context.project()) + " .";
    }

    /** {@code artifactId:version}, lower case, with characters a tag cannot have replaced. */
    public static String imageTag(ProjectInfo project) {
        String version = project.version();
        String tag = version == null || version.isBlank() ? "latest" : TAG_UNSAFE.matcher(version).replaceAll("-");
        return project.artifactId().toLowerCase(Locale.ROOT) + ":" + tag;
    }

    private static RuntimeUser runtimeUser(ValidSettings settings, String runtimeImage) {
        RuntimeUser.Family family = RuntimeUser.Family.of(runtimeImage);
        boolean distroless = family == RuntimeUser.Family.DISTROLESS;
        int uid = settings.uid() != null ? settings.uid() : distroless ? Defaults.DISTROLESS_UID : Defaults.UID;
        int gid = settings.gid() != null ? settings.gid() : uid;
        String name = settings.user() != null ? settings.user() : distroless ? Defaults.DISTROLESS_USER : Defaults.USER;
        return new RuntimeUser(name, uid, gid, family);
    }

    private static List<Plan.KeyValue> pairs(Map<String, String> values) {
        List<Plan.KeyValue> pairs = new ArrayList<>();
        values.forEach((k, v) -> pairs.add(new Plan.KeyValue(k, DockerfileSyntax.quote(v))));
        return pairs;
    }
}
