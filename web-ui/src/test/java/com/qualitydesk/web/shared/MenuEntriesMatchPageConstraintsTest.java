package com.qualitydesk.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qualitydesk.security.Department;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * A menu entry a department sees must be a page that department may open, and no other department
 * may open a page whose entry it does not see: web.xml and the menu say the same thing.
 */
class MenuEntriesMatchPageConstraintsTest {

    record Constraint(List<String> patterns, Set<String> roles) {}

    @Test
    void everyMenuEntryIsOpenToExactlyTheDepartmentsThatSeeIt() throws Exception {
        List<Constraint> constraints = constraints();
        for (var entry : NavigationMenu.ENTRIES) {
            Set<String> seeing = new TreeSet<>();
            entry.departments().forEach(d -> seeing.add(d.name()));
            assertEquals(seeing, rolesFor(entry.page(), constraints), "page " + entry.page());
        }
    }

    @Test
    void everyDepartmentHasAHomeEntry() {
        EnumSet<Department> withHome = EnumSet.noneOf(Department.class);
        NavigationMenu.ENTRIES.stream()
                .filter(e -> e.page().equals("/index.xhtml"))
                .forEach(e -> withHome.addAll(e.departments()));
        assertEquals(EnumSet.allOf(Department.class), withHome);
    }

    /** Servlet rule: an exact pattern wins over the longest path prefix, which wins over "/*". */
    private static Set<String> rolesFor(String path, List<Constraint> constraints) {
        Constraint best = null;
        int bestScore = -1;
        for (var c : constraints) {
            for (String p : c.patterns()) {
                int score = -1;
                if (p.equals(path)) {
                    score = 10_000;
                } else if (p.endsWith("/*") && path.startsWith(p.substring(0, p.length() - 1))) {
                    score = p.length();
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
        }
        return best == null ? Set.of() : best.roles();
    }

    private static List<Constraint> constraints() throws Exception {
        var doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        var list = new ArrayList<Constraint>();
        var nodes = doc.getElementsByTagName("security-constraint");
        for (int i = 0; i < nodes.getLength(); i++) {
            var c = (Element) nodes.item(i);
            var patterns = new ArrayList<String>();
            var ps = c.getElementsByTagName("url-pattern");
            for (int j = 0; j < ps.getLength(); j++) {
                patterns.add(ps.item(j).getTextContent().trim());
            }
            var roles = new TreeSet<String>();
            var rs = c.getElementsByTagName("role-name");
            for (int j = 0; j < rs.getLength(); j++) {
                roles.add(rs.item(j).getTextContent().trim());
            }
            list.add(new Constraint(patterns, roles));
        }
        return list;
    }
}
