package dev.dockerfile.plan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The part of a plan only one stack (or family of stacks) has: a record whose components the
 * stack's template prints, under the name its {@link Variable} gives.
 */
public interface StackDetails {
    /** The name templates see the part under: {@code java}, {@code python}, {@code node}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Variable {
        String value();
    }

    default String variable() {
        return variableOf(getClass());
    }

    static String variableOf(Class<? extends StackDetails> type) {
        Variable variable = type.getAnnotation(Variable.class);
        if (variable == null) {
            throw new IllegalStateException(type.getSimpleName() + " has no @StackDetails.Variable");
        }
        return variable.value();
    }
}
