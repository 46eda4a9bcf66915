package com.qualitydesk.web.api;

import com.qualitydesk.web.shared.UserMessages;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The JSON bodies of the API (records of {@link ApiJson}) are read strictly: a field the record
 * does not have is refused, as is a value of the wrong JSON type, each as a field problem that
 * names the field (400). A caller's typo ("atachment") would otherwise drop what it carried
 * without a word, and JSON-B's own messages name Java classes. Unlike a website's HTML form post
 * (see {@link PublicFeedbackResource#receiveForm}), a JSON body is written by a programmer against
 * the documented schema, so an unknown field is a mistake worth telling at once.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonBodies implements MessageBodyReader<Record> {

    @Context
    HttpHeaders headers;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getEnclosingClass() == ApiJson.class;
    }

    @Override
    public Record readFrom(
            Class<Record> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream body) {
        var stream = new PushbackInputStream(body, 1);
        JsonValue json;
        try {
            int first = stream.read();
            if (first < 0) {
                throw new ApiProblem(400, "api.body.empty");
            }
            stream.unread(first);
            json = Json.createReader(new InputStreamReader(stream, charset(mediaType)))
                    .readValue();
        } catch (JsonException | java.io.IOException unreadable) {
            throw new ApiProblem(400, "api.body.malformed");
        }
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ApiProblem(400, "api.body.object");
        }
        var reading = new Reading(Problems.locale(headers));
        Record value = reading.record(json.asJsonObject(), type, "");
        if (!reading.problems.isEmpty()) {
            throw ApiProblem.fields(reading.problems);
        }
        return value;
    }

    private static Charset charset(MediaType mediaType) {
        String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            throw new ApiProblem(415, "api.unsupportedMediaType", Problems.shortened(mediaType.toString()));
        }
    }

    /** One body being read: the problems found so far. */
    private static final class Reading {

        private final Locale locale;
        private final List<ApiJson.FieldProblem> problems = new ArrayList<>();

        Reading(Locale locale) {
            this.locale = locale;
        }

        <R extends Record> R record(JsonObject json, Class<R> type, String prefix) {
            RecordComponent[] components = type.getRecordComponents();
            List<String> names =
                    Arrays.stream(components).map(RecordComponent::getName).toList();
            for (String field : json.keySet()) {
                if (!names.contains(field)) {
                    refuse(prefix + field, "api.field.unknown", String.join(", ", names));
                }
            }
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = value(
                        json.get(components[i].getName()),
                        components[i].getGenericType(),
                        prefix + components[i].getName());
            }
            if (!problems.isEmpty()) {
                return null;
            }
            try {
                return type.getDeclaredConstructor(types).newInstance(values);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private Object value(JsonValue json, Type type, String field) {
            Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
            if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
                return absent(raw);
            }
            JsonValue.ValueType kind = json.getValueType();
            if (raw == String.class) {
                return kind == JsonValue.ValueType.STRING
                        ? ((JsonString) json).getString()
                        : refuse(field, "api.field.text");
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return kind == JsonValue.ValueType.TRUE || kind == JsonValue.ValueType.FALSE
                        ? kind == JsonValue.ValueType.TRUE
                        : refuse(field, "api.field.boolean");
            }
            if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
                if (kind != JsonValue.ValueType.NUMBER || !((JsonNumber) json).isIntegral()) {
                    return refuse(field, "api.field.integer");
                }
                try {
                    long number = ((JsonNumber) json).longValueExact();
                    if (raw == int.class || raw == Integer.class) {
                        return Math.toIntExact(number);
                    }
                    return number;
                } catch (ArithmeticException tooLarge) {
                    return refuse(field, "api.field.integer");
                }
            }
            if (raw == double.class || raw == Double.class) {
                return kind == JsonValue.ValueType.NUMBER
                        ? ((JsonNumber) json).doubleValue()
                        : refuse(field, "api.field.number");
            }
            if (raw.isRecord()) {
                return kind == JsonValue.ValueType.OBJECT
                        ? record(json.asJsonObject(), raw.asSubclass(Record.class), field + ".")
                        : refuse(field, "api.field.object");
            }
            if (raw == List.class && type instanceof ParameterizedType p) {
                if (kind != JsonValue.ValueType.ARRAY) {
                    return refuse(field, "api.field.array");
                }
                JsonArray array = json.asJsonArray();
                var list = new ArrayList<Object>();
                for (int i = 0; i < array.size(); i++) {
                    list.add(value(array.get(i), p.getActualTypeArguments()[0], field + "[" + i + "]"));
                }
                return list;
            }
            throw new IllegalStateException("A JSON body may not have a field of type " + type);
        }

        /** What JSON-B would take for a field left out: nothing, or a primitive's zero. */
        private static Object absent(Class<?> type) {
            if (type == boolean.class) {
                return Boolean.FALSE;
            }
            if (type == int.class) {
                return Integer.valueOf(0);
            }
            if (type == long.class) {
                return Long.valueOf(0);
            }
            if (type == double.class) {
                return Double.valueOf(0);
            }
            return null;
        }

        private Object refuse(String field, String key, Object... arguments) {
            problems.add(new ApiJson.FieldProblem(field, key, UserMessages.format(locale, key, arguments)));
            return null;
        }
    }
}
