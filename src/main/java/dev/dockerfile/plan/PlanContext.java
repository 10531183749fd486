package dev.dockerfile.plan;

import dev.dockerfile.config.ValidSettings;
import dev.dockerfile.model.ProjectInfo;
import java.util.List;

/**
 * What a planner plans from: the project, the validated settings, where things lie in the build
 * context, and the log notes it adds to.
 */
public record PlanContext(ProjectInfo project, ValidSettings settings, BuildContext context, List<String> notes) {
    public void note(String note) {
        notes.add(note);
    }
}
