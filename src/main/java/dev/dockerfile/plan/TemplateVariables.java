package dev.dockerfile.plan;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * The list of template variables, written from the plan's record types and their {@link Doc}s:
 * docs/templates.md shows it, and a test keeps the two the same.
 */
public final class TemplateVariables {
    private TemplateVariables() {
    }

    /**
     * @param stackParts each stack part's record type, with the stacks that use it
     * @return a Markdown table: variable, type, meaning
     */
    public static String markdown(Map<Class<? extends StackDetails>, List<String>> stackParts) {
        StringBuilder out = new StringBuilder("| variable | type | meaning |\n|---|---|---|\n");
        for (RecordComponent component : Plan.class.getRecordComponents()) {
            if (!component.getType().equals(StackDetails.class)) {
                row(out, component.getName(), component);
            }
        }
        stackParts.forEach((type, stacks) -> {
            String variable = StackDetails.variableOf(type);
            out.append("| `").append(variable).append("` | record | the part of the ").append(String.join(", ", stacks))
                    .append(stacks.size() == 1 ? " stack" : " stacks").append(" |\n");
            for (RecordComponent component : type.getRecordComponents()) {
                row(out, variable + "." + component.getName(), component);
            }
        });
        return out.toString();
    }

    private static void row(StringBuilder out, String path, RecordComponent component) {
        Doc doc = component.getAnnotation(Doc.class);
        if (doc == null) {
            throw new IllegalStateException(component.getDeclaringRecord().getSimpleName() + "." + component.getName()
                    + " has no @Doc: every template variable needs one");
        }
        Class<?> type = component.getType();
        Class<?> element = listElement(component.getGenericType());
        out.append("| `").append(path).append("` | ").append(typeName(type, element)).append(" | ")
                .append(doc.value().replace("|", "\\|")).append(" |\n");
        Class<?> nested = element != null ? element : type;
        if (nested.isRecord() && !(element != null && isFlat(element))) {
            String prefix = element != null ? path + "[]." : path + ".";
            for (RecordComponent child : nested.getRecordComponents()) {
                row(out, prefix + child.getName(), child);
            }
        }
    }

    private static String typeName(Class<?> type, Class<?> element) {
        if (element != null && element.isRecord() && isFlat(element)) {
            // A list of small records (COPY lines, key/value pairs): their fields in the type column.
            return "list of (" + java.util.Arrays.stream(element.getRecordComponents())
                    .map(c -> "`" + c.getName() + "`").collect(java.util.stream.Collectors.joining(", ")) + ")";
        }
        if (element != null) {
            return "list of " + (element.isRecord() ? "records" : typeName(element, null));
        }
        if (type == int.class || type == Integer.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        return type.isRecord() ? "record" : "text";
    }

    private static boolean isFlat(Class<?> record) {
        return java.util.Arrays.stream(record.getRecordComponents()).allMatch(c -> c.getType() == String.class);
    }

    private static Class<?> listElement(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }
}
