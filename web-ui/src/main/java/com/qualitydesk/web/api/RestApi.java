package com.qualitydesk.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under /api, for systems that feed master data in (CC-01). Every call carries HTTP
 * Basic credentials of a Quality Desk account; the departments of the account decide what it may
 * do, as on the screens. The OpenAPI description is served at /openapi.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Quality Desk API",
                        version = "1",
                        description = "Master data import and customer lookup. HTTP Basic authentication with a"
                                + " Quality Desk account; texts follow the Accept-Language header (en, zh-CN)."),
        security = @SecurityRequirement(name = RestApi.BASIC))
@SecurityScheme(securitySchemeName = RestApi.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApi extends Application {

    static final String BASIC = "basic";
}
