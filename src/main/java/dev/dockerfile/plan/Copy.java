package dev.dockerfile.plan;

/**
 * One {@code COPY} instruction: from the build context, or from a stage.
 *
 * @param from the stage to copy from, or empty for the build context
 */
public record Copy(
        @Doc("the stage copied from (`builder`), or empty for the build context") String from,
        @Doc("the source path") String source,
        @Doc("the target path") String target) {

    public static Copy fromContext(String source, String target) {
        return new Copy("", source, target);
    }

    public static Copy fromStage(String stage, String source, String target) {
        return new Copy(stage, source, target);
    }
}
