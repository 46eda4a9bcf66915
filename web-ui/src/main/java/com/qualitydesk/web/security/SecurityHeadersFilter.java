package com.qualitydesk.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The security headers of every response of the WAR: the Content-Security-Policy, nosniff, the
 * referrer policy, the framing ban, no caching of dynamic answers, and HSTS over https.
 *
 * <p>The policy lives here alone. PrimeFaces runs in its CSP mode ({@code primefaces.CSP} in
 * web.xml): it moves the event handlers of its markup into scripts carrying a nonce, and on every
 * page and AJAX answer it renders it sends {@code script-src 'self' 'nonce-…'}. This filter takes
 * that nonce into the one policy below, so a page's scripts run only from the application itself
 * or with the page's nonce; every other response (static resources, the REST API, downloads) gets
 * the same policy without a nonce.
 *
 * <p>Nothing may frame the application, with one exception an installation may choose: the company
 * website named by {@code qd.website-origin} (QD_WEBSITE_ORIGIN) may show the public feedback page
 * (CC-02) in an iframe.
 *
 * <p>The authentication mechanism answers some requests itself before any filter runs (the 401 of
 * the REST API, the way to the login page); it calls {@link #addTo} so that those carry the
 * headers too.
 */
@WebFilter(
        filterName = "SecurityHeadersFilter",
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(SecurityHeadersFilter.class.getName());

    static final String CSP = "Content-Security-Policy";

    /** The page the company website may frame (CC-02). */
    static final String FRAMEABLE = "/public/feedback.xhtml";

    /** A web origin and nothing else: scheme, host, optional port. */
    static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?");

    /** The company website's origin, read once from the configuration; empty when unset or not an origin. */
    private static volatile Optional<String> websiteOrigin;

    /** The nonce in the policy PrimeFaces sends for the page it renders. */
    static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    /** The public pages: no login, and the survey reply link carries its token in the URL. */
    static final String PUBLIC = "/public/";

    /** What the resource handler and the folder of static files serve, cached by the browser as they decide. */
    private static final String[] STATIC = {"/jakarta.faces.resource/", "/resources/"};

    /**
     * The policy, with the page's nonce where PrimeFaces rendered one.
     *
     * <ul>
     *   <li>script-src: the application's own files, and inline scripts only with the page's nonce;
     *       no 'unsafe-inline', no 'unsafe-eval' (PrimeFaces evaluates AJAX scripts with the nonce).
     *   <li>style-src 'unsafe-inline': PrimeFaces and its widgets write style attributes into their
     *       markup (a dialog's or a tab's display, a column's width, the views' own sizes) and some
     *       components a style element; refusing them breaks the layout. Styles cannot run code,
     *       and the script policy stays strict.
     *   <li>img-src data: the PrimeFaces stylesheet draws a few images as data: URLs.
     *   <li>frame-ancestors 'none': nothing of the application frames itself; only the public
     *       feedback page may be framed by the company website, where one is configured.
     * </ul>
     */
    public static String policy(String nonce) {
        return policy(nonce, "'none'");
    }

    static String policy(String nonce, String frameAncestors) {
        return "default-src 'self'; "
                + "script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'") + "; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; "
                + "font-src 'self'; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors " + frameAncestors;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addTo(request, response);
        chain.doFilter(request, new PolicyWithPageNonce(response, frameAncestors(path(request))));
    }

    /** Sets the headers on a response; a page PrimeFaces renders adds its nonce afterwards. */
    public static void addTo(HttpServletRequest request, HttpServletResponse response) {
        String path = path(request);
        String frameAncestors = frameAncestors(path);
        response.setHeader(CSP, policy(null, frameAncestors));
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (frameAncestors.equals("'none'")) {
            // for browsers that know no frame-ancestors
            response.setHeader("X-Frame-Options", "DENY");
        }
        // a public page's address may carry a survey token: it is never sent on, not even to our own files
        response.setHeader(
                "Referrer-Policy", path.startsWith(PUBLIC) ? "no-referrer" : "strict-origin-when-cross-origin");
        // pages and API answers hold the company's data: no copy in the browser's or a proxy's cache;
        // a download may still say more (private, no-store) itself
        if (!isStatic(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /** Who may frame the page at the path: nobody, or the company website the public feedback page. */
    static String frameAncestors(String path) {
        return path.equals(FRAMEABLE) ? websiteOrigin().orElse("'none'") : "'none'";
    }

    static Optional<String> websiteOrigin() {
        Optional<String> origin = websiteOrigin;
        if (origin == null) {
            origin = origin(ConfigProvider.getConfig(SecurityHeadersFilter.class.getClassLoader())
                    .getOptionalValue("qd.website-origin", String.class)
                    .orElse(null));
            websiteOrigin = origin;
        }
        return origin;
    }

    /** The configured origin, or empty: a value that is not an origin is ignored (and said so), never sent. */
    static Optional<String> origin(String configured) {
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        String origin = configured.strip().replaceAll("/+$", "");
        if (!ORIGIN.matcher(origin).matches()) {
            LOG.warning(
                    () -> "qd.website-origin is not an origin such as https://www.example.com, ignored: " + configured);
            return Optional.empty();
        }
        return Optional.of(origin);
    }

    static boolean isStatic(String path) {
        for (String prefix : STATIC) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The path the browser asked for, also while an error page or a forward answers it. */
    static String path(HttpServletRequest request) {
        Object original = request.getDispatcherType() == DispatcherType.ERROR
                ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                : request.getDispatcherType() == DispatcherType.FORWARD
                        ? request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI)
                        : null;
        String uri = original instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /**
     * The policy PrimeFaces sends (it has a nonce) becomes the application's with that nonce; a
     * policy without one is a servlet's own, stricter choice (the attachment download's sandbox)
     * and stays as it is.
     */
    static String withNonceOf(String rendered, String frameAncestors) {
        Matcher m = NONCE.matcher(rendered == null ? "" : rendered);
        return m.find() ? policy(m.group(1), frameAncestors) : rendered;
    }

    /** One Content-Security-Policy header, whoever sets it: with two, both would apply. */
    private static final class PolicyWithPageNonce extends HttpServletResponseWrapper {

        private final String frameAncestors;

        PolicyWithPageNonce(HttpServletResponse response, String frameAncestors) {
            super(response);
            this.frameAncestors = frameAncestors;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CSP.equalsIgnoreCase(name) ? withNonceOf(value, frameAncestors) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, withNonceOf(value, frameAncestors));
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
