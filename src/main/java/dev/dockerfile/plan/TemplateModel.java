package dev.dockerfile.plan;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link Plan} into what FreeMarker sees: each record a hash of its components, lists as
 * sequences, enums as their ids. Templates then reach only data, never a method of a Java object.
 */
public final class TemplateModel {
    private TemplateModel() {
    }

    public static Map<String, Object> of(Plan plan) {
        Map<String, Object> model = record(plan);
        model.remove("details");
        model.put(plan.details().variable(), value(plan.details()));
        return model;
    }

    private static Map<String, Object> record(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                map.put(component.getName(), value(component.getAccessor().invoke(record)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("plan field " + component.getName() + " cannot be read", e);
            }
        }
        return map;
    }

    private static Object value(Object value) {
        if (value instanceof Record record) {
            return record(record);
        }
        if (value instanceof List<?> list) {
            List<Object> values = new ArrayList<>();
            list.forEach(v -> values.add(value(v)));
            return values;
        }
        if (value instanceof Enum<?> constant) {
            return constant.toString();
        }
        return value;
    }
}
