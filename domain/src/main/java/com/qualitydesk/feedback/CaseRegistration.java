package com.qualitydesk.feedback;

import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Product;

/**
 * CF-03/CF-05/CF-09: what SALES writes on the "external feedback quality registration form", with
 * the customer, contact and product already found. A description left empty keeps the one noted at
 * receipt.
 */
public record CaseRegistration(
        Customer customer,
        Contact contact,
        Product product,
        String lotNumber,
        Integer quantityAffected,
        FeedbackType type,
        Severity severity,
        String description,
        boolean safetyRelated) {}
