package com.qualitydesk.web.shared;

import com.qualitydesk.persistence.Contention;
import com.qualitydesk.shared.RuleViolation;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way a screen calls a service: whatever the service refuses (a rule, a stale version,
 * invalid input, a missing right) becomes a message in the user's language, and the user's input
 * stays on the screen.
 */
@Named
@RequestScoped
public class UserMessages {

    private static final Logger LOG = Logger.getLogger(UserMessages.class.getName());

    public static final String BUNDLE = "com.qualitydesk.web.messages";

    @Inject
    FacesContext faces;

    /** Runs the action; on success shows the success message (if any) and answers true. */
    public boolean attempt(Runnable action, String successKey) {
        try {
            action.run();
            if (successKey != null) {
                info(successKey);
            }
            return true;
        } catch (RuntimeException e) {
            report(e);
            faces.validationFailed();
            return false;
        }
    }

    /**
     * Runs the action as {@link #attempt(Runnable, String)} does, but a refusal about one field of
     * the form stands next to that field: {@code fieldOf} gives the field's client id for a rule's
     * message key or for the path of an invalid property, or null where the refusal is the form's.
     */
    public boolean attempt(Runnable action, String successKey, Function<String, String> fieldOf) {
        try {
            action.run();
            if (successKey != null) {
                info(successKey);
            }
            return true;
        } catch (RuntimeException e) {
            Throwable cause = rootOf(e);
            String ruleField = cause instanceof RuleViolation rule ? fieldOf.apply(rule.getMessageKey()) : null;
            if (ruleField != null) {
                RuleViolation rule = (RuleViolation) cause;
                faces.addMessage(
                        ruleField,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR, text(rule.getMessageKey(), rule.getArguments()), null));
            } else if (cause instanceof ConstraintViolationException invalid) {
                for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
                    String field = fieldOf.apply(v.getPropertyPath().toString());
                    String text = ourText(v, locale());
                    if (field == null || text == null) {
                        add(FacesMessage.SEVERITY_ERROR, violation(v));
                    } else {
                        faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                    }
                }
            } else {
                report(e);
            }
            faces.validationFailed();
            return false;
        }
    }

    public void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    public String text(String key, Object... args) {
        return format(locale(), key, args);
    }

    public static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "Missing message key " + key);
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(readable(locale, args));
    }

    /** Days named in a message read as the reader writes them (MessageFormat knows no java.time). */
    private static Object[] readable(Locale locale, Object[] args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate day) {
                shown[i] = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(day);
            }
        }
        return shown;
    }

    private void report(Throwable e) {
        Throwable cause = rootOf(e);
        if (cause instanceof RuleViolation rule) {
            error(rule.getMessageKey(), rule.getArguments());
        } else if (cause instanceof OptimisticLockException) {
            error("error.concurrentChange");
        } else if (Contention.causes(e)) {
            LOG.log(Level.INFO, "Refused: another transaction was in the way", e);
            error("error.busy");
        } else if (cause instanceof ConstraintViolationException invalid) {
            for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
                add(FacesMessage.SEVERITY_ERROR, violation(v));
            }
        } else if (cause instanceof EJBAccessException || cause instanceof SecurityException) {
            error("error.forbidden");
        } else {
            LOG.log(Level.SEVERE, "Unexpected failure", e);
            error("error.unexpected");
        }
    }

    /** Bean Validation templates are resolved again here, in the user's language. */
    private String violation(ConstraintViolation<?> v) {
        String text = ourText(v, locale());
        if (text == null) {
            return v.getMessage();
        }
        String field = v.getPropertyPath().toString();
        return text + (field.isEmpty() ? "" : " (" + field + ")");
    }

    /**
     * The text of a Bean Validation refusal in the given language, for the REST API: the server
     * interpolated the template in its own language, so a template that is a key of ours is looked
     * up again.
     */
    public static String violationText(ConstraintViolation<?> v, Locale locale) {
        String text = ourText(v, locale);
        return text == null ? v.getMessage() : text;
    }

    private static String ourText(ConstraintViolation<?> v, Locale locale) {
        String template = v.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            try {
                return ResourceBundle.getBundle("ValidationMessages", locale)
                        .getString(template.substring(1, template.length() - 1));
            } catch (MissingResourceException ignored) {
                // not one of ours: the interpolated text
            }
        }
        return null;
    }

    /** The first cause that says something: EJB and CDI wrap what the service threw. */
    public static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof RuleViolation
                    || t instanceof OptimisticLockException
                    || t instanceof ConstraintViolationException
                    || t instanceof EJBAccessException) {
                return t;
            }
            if (t.getCause() == null || t.getCause() == t) {
                return t instanceof EJBException ejb && ejb.getCausedByException() != null
                        ? ejb.getCausedByException()
                        : t;
            }
            t = t.getCause();
        }
        return e;
    }

    private Locale locale() {
        return faces.getViewRoot() == null
                ? Locale.ENGLISH
                : faces.getViewRoot().getLocale();
    }

    private void add(FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
