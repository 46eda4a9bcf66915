package com.qualitydesk.web.security;

import com.qualitydesk.security.Accounts;
import com.qualitydesk.security.Department;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Who is logged in, in which departments, reading which language. */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    private String username;
    private String fullName;
    private Set<Department> departments = EnumSet.noneOf(Department.class);
    private Locale locale;

    /** Called once the login succeeded, with the account's own language choice. */
    public void loggedIn() {
        accounts.current().ifPresent(a -> {
            username = a.getUsername();
            fullName = a.getFullName();
            departments = a.getDepartments();
            locale = Locale.forLanguageTag(a.getLanguage().replace('_', '-'));
        });
    }

    public Locale getLocale() {
        if (locale != null) {
            return locale;
        }
        var faces = FacesContext.getCurrentInstance();
        Locale requested =
                faces == null ? Locale.ENGLISH : faces.getExternalContext().getRequestLocale();
        return requested != null && requested.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public String getLanguage() {
        return getLocale().getLanguage().equals("zh") ? "zh_CN" : "en";
    }

    /** The header's language switch; the choice is kept on the account for the next login. */
    public void setLanguage(String language) {
        locale = "zh_CN".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        if (username != null) {
            accounts.chooseLanguage(getLanguage());
        }
        var faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }

    /** The departments of the person, as the permission policies ask for them. */
    public Set<Department> departments() {
        return Collections.unmodifiableSet(departments);
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public List<Department> getDepartments() {
        return departments.stream().sorted().toList();
    }

    public boolean isLoggedIn() {
        return username != null;
    }
}
