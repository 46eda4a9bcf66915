package com.qualitydesk.review;

import com.qualitydesk.security.Department;
import java.time.LocalDate;

/** IM-03, §9.3.3: a decision as the meeting took it: what kind, what to do, by whom, by when. */
public record NewDecision(DecisionKind kind, String description, Department owner, LocalDate dueDate) {}
