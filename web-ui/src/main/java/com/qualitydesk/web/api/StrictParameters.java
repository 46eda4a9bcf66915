package com.qualitydesk.web.api;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Query, path and header parameters of the REST API are read strictly, and a refused value is a
 * 400 problem that names the parameter and what it accepts, in the caller's language: a boolean is
 * true or false (not "maybe", which JAX-RS would read as false); a whole number must be one, within
 * the minimum and maximum of the schema its OpenAPI {@link Parameter} documents; an enum is one of
 * its names, in any case; a text is at most the schema's maxLength. What the description promises
 * is thus what is enforced. (Bean Validation annotations would say the same, but the server's
 * OpenAPI generator fails on them for query parameters.) Without
 * this JAX-RS answers a parameter it cannot convert with 404, or takes a default silently.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    static final List<String> BOOLEANS = List.of("true", "false");

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) new Strict<Boolean>(value -> bool(name, value));
        }
        if (rawType == int.class || rawType == Integer.class) {
            long min = min(annotations, Integer.MIN_VALUE);
            long max = max(annotations, Integer.MAX_VALUE);
            return (ParamConverter<T>) new Strict<Integer>(value -> (int) whole(name, value, min, max));
        }
        if (rawType == long.class || rawType == Long.class) {
            long min = min(annotations, Long.MIN_VALUE);
            long max = max(annotations, Long.MAX_VALUE);
            return (ParamConverter<T>) new Strict<Long>(value -> whole(name, value, min, max));
        }
        Schema schema = schema(annotations);
        if (rawType == String.class && schema != null && schema.maxLength() != Integer.MAX_VALUE) {
            int maxLength = schema.maxLength();
            return (ParamConverter<T>) new Strict<String>(value -> text(name, value, maxLength));
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new Strict(value -> constant(name, (Class) rawType, (String) value));
        }
        return null;
    }

    static boolean bool(String name, String value) {
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw ApiProblem.parameter(name, BOOLEANS, "api.parameter.boolean", name);
    }

    static String text(String name, String value, int max) {
        if (value.length() > max) {
            throw ApiProblem.parameter(name, null, "api.parameter.tooLong", name, String.valueOf(max));
        }
        return value;
    }

    /** A day written yyyy-MM-dd; none when the parameter is absent or blank. */
    static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.parameter(name, null, "api.parameter.date", name);
        }
    }

    /** A month written yyyy-MM; none when the parameter is absent or blank. */
    static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.parameter(name, null, "api.parameter.month", name);
        }
    }

    static long whole(String name, String value, long min, long max) {
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw outOfRange(name, min, max);
        }
        if (number < min || number > max) {
            throw outOfRange(name, min, max);
        }
        return number;
    }

    private static ApiProblem outOfRange(String name, long min, long max) {
        boolean bounded = max != Integer.MAX_VALUE && max != Long.MAX_VALUE;
        boolean floored = min != Integer.MIN_VALUE && min != Long.MIN_VALUE;
        if (bounded && floored) {
            return ApiProblem.parameter(
                    name, null, "api.parameter.integer", name, String.valueOf(min), String.valueOf(max));
        }
        if (floored) {
            return ApiProblem.parameter(name, null, "api.parameter.integer.min", name, String.valueOf(min));
        }
        return ApiProblem.parameter(name, null, "api.parameter.integer.any", name);
    }

    static <E extends Enum<E>> E constant(String name, Class<E> type, String value) {
        String wanted = value.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        List<String> names =
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        throw ApiProblem.parameter(name, names, "api.parameter.enum", name, String.join(", ", names));
    }

    /** The parameter's name as the caller writes it, from its JAX-RS annotation. */
    static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
            if (a instanceof MatrixParam m) {
                return m.value();
            }
            if (a instanceof CookieParam c) {
                return c.value();
            }
        }
        return null;
    }

    private static long min(Annotation[] annotations, long otherwise) {
        Schema schema = schema(annotations);
        return schema == null || schema.minimum().isBlank() ? otherwise : Long.parseLong(schema.minimum());
    }

    private static long max(Annotation[] annotations, long otherwise) {
        Schema schema = schema(annotations);
        return schema == null || schema.maximum().isBlank() ? otherwise : Long.parseLong(schema.maximum());
    }

    /** The schema the OpenAPI description gives the parameter, if any. */
    private static Schema schema(Annotation[] annotations) {
        return Arrays.stream(annotations)
                .filter(Parameter.class::isInstance)
                .map(a -> ((Parameter) a).schema())
                .findFirst()
                .orElse(null);
    }

    private static final class Strict<T> implements ParamConverter<T> {

        private final Function<String, T> parse;

        Strict(Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public T fromString(String value) {
            if (value == null) {
                throw new IllegalArgumentException("no value");
            }
            return parse.apply(value);
        }

        @Override
        public String toString(T value) {
            return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        }
    }
}
