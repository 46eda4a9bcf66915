package com.qualitydesk.web.admin;

import com.qualitydesk.security.Account;
import com.qualitydesk.security.Accounts;
import com.qualitydesk.security.Department;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.Formats;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * admin/users.xhtml: the accounts, their new/edit dialog, password reset and (de)activation. The
 * rules (own ADMIN kept, no self-deactivation, password length) are the service's.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    UserMessages messages;

    @Inject
    Formats formats;

    @Inject
    Clock clock;

    private EntityLazyModel<Account> model;

    /** The account the edit dialog shows, as read when the dialog opened; null for a new one. */
    private Account editing;

    private boolean creating;
    private String username;
    private String fullName;
    private String email;
    private Department[] departments = new Department[0];
    private boolean departmentHead;
    private String password;

    /** A generated password, kept only until its dialog is closed. */
    private String generatedPassword;

    private String generatedFor;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(request -> accounts.page(request));
    }

    public void startNew() {
        creating = true;
        editing = null;
        username = null;
        fullName = null;
        email = null;
        departments = new Department[0];
        departmentHead = false;
        password = null;
    }

    public void startEdit(Account row) {
        creating = false;
        password = null;
        // a fresh copy: the dialog edits the stored state, with the version it was read at
        if (!messages.attempt(() -> editing = accounts.find(row.getId()).orElse(row), null)) {
            return;
        }
        username = editing.getUsername();
        fullName = editing.getFullName();
        email = editing.getEmail();
        departments = editing.getDepartments().toArray(Department[]::new);
        departmentHead = editing.isDepartmentHead();
    }

    public void save() {
        Set<Department> chosen = chosenDepartments();
        boolean saved;
        if (creating) {
            char[] secret = password == null ? new char[0] : password.toCharArray();
            boolean head = departmentHead;
            saved = messages.attempt(
                    () -> {
                        Account created = accounts.create(username, fullName, email, chosen, secret);
                        if (head) {
                            created.setDepartmentHead(true);
                            accounts.update(created);
                        }
                    },
                    null);
            if (saved) {
                messages.info("user.created", username.trim());
            }
        } else {
            editing.setFullName(fullName);
            editing.setEmail(email);
            editing.setDepartments(chosen);
            editing.setDepartmentHead(departmentHead);
            saved = messages.attempt(() -> editing = accounts.update(editing), "user.saved");
        }
        if (saved) {
            password = null;
            // the dialog closes: its confirmation appears in the page's growl; refusals stay in the dialog
            PrimeFaces.current().ajax().update("growl");
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
        }
    }

    public void resetPassword(Account row) {
        generatedPassword = null;
        if (messages.attempt(() -> generatedPassword = accounts.resetPassword(row.getId()), null)) {
            generatedFor = label(row);
            PrimeFaces.current().executeScript("PF('passwordDialog').show()");
        }
    }

    /** The dialog was closed: the generated password is not kept anywhere. */
    public void forgetPassword() {
        generatedPassword = null;
        generatedFor = null;
    }

    public void deactivate(Account row) {
        if (messages.attempt(() -> accounts.deactivate(row.getId()), null)) {
            messages.info("user.deactivated", label(row));
        }
    }

    public void activate(Account row) {
        if (messages.attempt(() -> accounts.activate(row.getId()), null)) {
            messages.info("user.activated", label(row));
        }
    }

    /** A question or notice about one row, e.g. "Deactivate Zhang Wei (zhang.wei)?". */
    public String text(String key, Account row) {
        return messages.text(key, label(row));
    }

    /** The departments in the reader's language, for the Excel export. */
    public String departmentNames(Account row) {
        return row.getDepartments().stream()
                .sorted()
                .map(d -> messages.text("department." + d.name()))
                .collect(Collectors.joining(", "));
    }

    public String status(Account row) {
        return messages.text(row.isActive() ? "user.status.active" : "user.status.inactive");
    }

    /** When the account is locked now, until when; blank otherwise. */
    public String lockedUntil(Account row) {
        return row.isLockedAt(clock.instant()) ? formats.dateTime(row.getLockedUntil()) : "";
    }

    public List<Department> sorted(Account row) {
        return row.getDepartments().stream().sorted().toList();
    }

    private Set<Department> chosenDepartments() {
        return departments == null || departments.length == 0
                ? EnumSet.noneOf(Department.class)
                : EnumSet.copyOf(Arrays.asList(departments));
    }

    private static String label(Account row) {
        return row.getFullName() + " (" + row.getUsername() + ")";
    }

    public Department[] getAllDepartments() {
        return Department.values();
    }

    public EntityLazyModel<Account> getModel() {
        return model;
    }

    public boolean isDepartmentHead() {
        return departmentHead;
    }

    public void setDepartmentHead(boolean departmentHead) {
        this.departmentHead = departmentHead;
    }

    public Account getEditing() {
        return editing;
    }

    public boolean isCreating() {
        return creating;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Department[] getDepartments() {
        return departments;
    }

    public void setDepartments(Department[] departments) {
        this.departments = departments;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getGeneratedPassword() {
        return generatedPassword;
    }

    public String getGeneratedForText() {
        return generatedFor == null ? "" : messages.text("user.reset.for", generatedFor);
    }
}
