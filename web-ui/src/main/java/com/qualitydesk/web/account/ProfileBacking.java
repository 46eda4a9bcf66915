package com.qualitydesk.web.account;

import com.qualitydesk.security.Account;
import com.qualitydesk.security.Accounts;
import com.qualitydesk.security.Department;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** account/profile.xhtml: the logged-in person's own account and password. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    UserMessages messages;

    private Account account;
    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    @PostConstruct
    void init() {
        messages.attempt(() -> account = accounts.current().orElse(null), null);
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            messages.error("profile.password.mismatch");
            return;
        }
        char[] current = currentPassword.toCharArray();
        char[] replacement = newPassword.toCharArray();
        if (messages.attempt(() -> accounts.changeOwnPassword(current, replacement), "profile.password.changed")) {
            currentPassword = null;
            newPassword = null;
            repeatPassword = null;
        }
    }

    public Account getAccount() {
        return account;
    }

    public List<Department> getDepartments() {
        return account == null
                ? List.of()
                : account.getDepartments().stream().sorted().toList();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
