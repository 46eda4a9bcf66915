package com.qualitydesk.it.support;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that web-ui built, exactly as IT deploys it: tests never assemble their own. */
public final class RealWar {

    /** The WAR's run-as principal of the demo's report drafting (WEB-INF/glassfish-ejb-jar.xml). */
    private static final String DEMO_RUN_AS = "QualityDesk:demo";

    private static final String EJB_MAPPING = "WEB-INF/glassfish-ejb-jar.xml";

    private RealWar() {}

    private static String text(WebArchive war, String path) throws IOException {
        try (var in = war.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static WebArchive get() {
        String path = System.getProperty("qd.war", "target/quality-desk.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("The WAR under test is missing: " + war.getAbsolutePath()
                    + " (build with ./mvnw verify from the project root)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The real WAR with settings added to its own configuration file, as an operator would set
     * them for the installation (the SMTP server, for example); the environment still overrides them.
     */
    public static WebArchive withSettings(String... lines) throws IOException {
        String path = "WEB-INF/classes/META-INF/microprofile-config.properties";
        var war = get();
        String config = new String(war.get(path).getAsset().openStream().readAllBytes(), StandardCharsets.UTF_8);
        war.delete(path);
        war.add(new StringAsset(config + "\n" + String.join("\n", lines) + "\n"), path);
        return war;
    }

    /**
     * The real WAR plus the test classes, run inside the server. Arquillian's runner servlet must be
     * reachable without a login; a test-only web fragment opens exactly that path.
     */
    public static WebArchive withTestsInside(Class<?>... testClasses) throws IOException {
        var runnerOpen = ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
                .addAsManifestResource(
                        new StringAsset(
                                """
                        <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                          <name>arquillian_runner_open</name>
                          <security-constraint>
                            <web-resource-collection>
                              <web-resource-name>arquillian runner</web-resource-name>
                              <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                            </web-resource-collection>
                          </security-constraint>
                        </web-fragment>
                        """),
                        "web-fragment.xml");
        var war = get().addAsLibrary(runnerOpen);
        // @RunAs needs a principal in the role: "it-SALES" runs as SALES, and the audit trail names it.
        // Only principals: with a group beside it the server may pick the group as the run-as identity.
        String mapping = new String(
                        war.get("WEB-INF/glassfish-web.xml")
                                .getAsset()
                                .openStream()
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .replace("<principal-name>" + DEMO_RUN_AS + "</principal-name>", "")
                .replaceAll("<group-name>([A-Z_]+)</group-name>", "<principal-name>it-$1</principal-name>");
        war.delete("WEB-INF/glassfish-web.xml");
        war.addAsWebInfResource(new StringAsset(mapping), "glassfish-web.xml");
        // the WAR's own run-as beans (the demo drafts as SALES) take the test principal of their role,
        // so that each role keeps one principal and the @RunAs beans of Departments find theirs
        String runAs = text(war, EJB_MAPPING).replace(DEMO_RUN_AS, "it-SALES");
        war.delete(EJB_MAPPING);
        war.addAsWebInfResource(new StringAsset(runAs), "glassfish-ejb-jar.xml");
        war.addAsWebInfResource(
                RealWar.class.getResource("/batch-jobs/repository-check.xml"),
                "classes/META-INF/batch-jobs/repository-check.xml");
        for (Class<?> c : testClasses) {
            war.addPackage(c.getPackage());
        }
        return war;
    }

    /**
     * The real WAR plus the test classes, with the departments' groups mapped to their roles as in
     * production, for tests that call the application over HTTP with an account's credentials (the
     * REST API). Each role is also mapped to the principal "it-ROLE", and the {@code @RunAs} beans
     * of {@link Departments} are given that principal explicitly: left to choose, the server may take
     * the group as the run-as identity (see {@link #withTestsInside}).
     */
    public static WebArchive withTestsInsideAndDepartmentGroups(Class<?>... testClasses) throws IOException {
        var war = withTestsInside(testClasses);
        String mapping = new String(
                        war.get("WEB-INF/glassfish-web.xml")
                                .getAsset()
                                .openStream()
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .replaceAll(
                        "<principal-name>it-([A-Z_]+)</principal-name>",
                        "<principal-name>it-$1</principal-name><group-name>$1</group-name>");
        war.delete("WEB-INF/glassfish-web.xml");
        war.addAsWebInfResource(new StringAsset(mapping), "glassfish-web.xml");
        var beans = new StringBuilder();
        for (Class<?> bean : Departments.class.getDeclaredClasses()) {
            var runAs = bean.getAnnotation(jakarta.annotation.security.RunAs.class);
            if (runAs != null) {
                beans.append("<ejb><ejb-name>")
                        .append(bean.getSimpleName())
                        .append("</ejb-name><principal><name>it-")
                        .append(runAs.value())
                        .append("</name></principal></ejb>\n");
            }
        }
        String runAs = text(war, EJB_MAPPING).replace("</enterprise-beans>", beans + "</enterprise-beans>");
        war.delete(EJB_MAPPING);
        war.addAsWebInfResource(new StringAsset(runAs), "glassfish-ejb-jar.xml");
        return war;
    }

    /** Arquillian reports the machine's network address; tests talk to loopback only. */
    public static String loopback(URL deployed) {
        try {
            var url = new URL(deployed.getProtocol(), "127.0.0.1", deployed.getPort(), deployed.getPath());
            String s = url.toString();
            return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
