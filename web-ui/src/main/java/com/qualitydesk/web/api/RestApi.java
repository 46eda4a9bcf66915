package com.qualitydesk.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under /api, for systems that feed master data in (CC-01). Every call carries HTTP
 * Basic credentials of a Quality Desk account; the departments of the account decide what it may
 * do, as on the screens. The OpenAPI description is served at /openapi. Every refused call is
 * answered as a problem (RFC 9457, application/problem+json) in the caller's language, see {@link
 * Problems}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Quality Desk API",
                        version = "1",
                        description = "Master data import and customer lookup. HTTP Basic authentication with a"
                                + " Quality Desk account; texts follow the Accept-Language header (en, zh-CN)."
                                + " Every refused call is answered with a 4xx status and a problem"
                                + " (RFC 9457, application/problem+json): type, title, status, detail, instance,"
                                + " and where they apply parameter, allowed and problems (every refused field)."),
        security = @SecurityRequirement(name = RestApi.BASIC),
        // the refusals' body, which ProblemDocumentation names for every operation, and the
        // parameters several documents share (DocumentAnswers)
        components =
                @Components(
                        schemas =
                                @Schema(
                                        name = ProblemDocumentation.PROBLEM_SCHEMA,
                                        implementation = ApiJson.ProblemJson.class),
                        parameters = {
                            @Parameter(
                                    name = DocumentAnswers.LANGUAGE,
                                    in = ParameterIn.QUERY,
                                    description = "en (the default) or zh_CN",
                                    schema =
                                            @Schema(
                                                    type = SchemaType.STRING,
                                                    enumeration = {"en", "zh_CN"})),
                            @Parameter(
                                    name = DocumentAnswers.MONTH,
                                    in = ParameterIn.PATH,
                                    required = true,
                                    description = "the month, yyyy-MM",
                                    schema =
                                            @Schema(
                                                    type = SchemaType.STRING,
                                                    maxLength = 7,
                                                    pattern = "\\d{4}-\\d{2}",
                                                    example = "2026-03")),
                            @Parameter(
                                    name = DocumentAnswers.REVIEW_YEAR,
                                    in = ParameterIn.PATH,
                                    required = true,
                                    description = "the year reviewed",
                                    schema =
                                            @Schema(
                                                    type = SchemaType.INTEGER,
                                                    minimum = "2000",
                                                    maximum = "2100",
                                                    example = "2025"))
                        }))
@SecurityScheme(securitySchemeName = RestApi.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApi extends Application {

    static final String BASIC = "basic";

    /**
     * JAX-RS enforces a resource's {@code @RolesAllowed} (the CDI resources have no EJB container to
     * do it): a caller without the role gets a 403 problem before the resource runs.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
