package com.qualitydesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The entities live in the domain jar, so persistence.xml must list them; an entity missing from
 * the list fails only at run time, in a query. This finds it at build time.
 */
class PersistenceUnitTest {

    @Test
    void persistenceXmlListsEveryEntityEmbeddableAndConverterOfTheDomain() throws Exception {
        assertEquals(domainClassesAnnotatedForJpa(), listedClasses());
    }

    private static Set<String> listedClasses() throws Exception {
        try (InputStream in = PersistenceUnitTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            var m = Pattern.compile("<class>([^<]+)</class>").matcher(xml);
            var classes = new TreeSet<String>();
            while (m.find()) {
                classes.add(m.group(1).trim());
            }
            return classes;
        }
    }

    private static Set<String> domainClassesAnnotatedForJpa() throws Exception {
        URI location = EditableEntity.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI();
        Path root = Path.of(location);
        if (Files.isRegularFile(root)) {
            try (var jar = FileSystems.newFileSystem(root, Map.of())) {
                return scan(jar.getPath("/"));
            }
        }
        return scan(root);
    }

    private static Set<String> scan(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> root.relativize(p).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name ->
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .filter(PersistenceUnitTest::isJpaClass)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static boolean isJpaClass(String name) {
        try {
            Class<?> c = Class.forName(name, false, PersistenceUnitTest.class.getClassLoader());
            return c.isAnnotationPresent(Entity.class)
                    || c.isAnnotationPresent(Embeddable.class)
                    || c.isAnnotationPresent(Converter.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
