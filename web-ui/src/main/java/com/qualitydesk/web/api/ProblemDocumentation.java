package com.qualitydesk.web.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Says once, for the whole OpenAPI document, what every operation answers when it refuses a call
 * (see {@link Problems}): each documented 4xx answer is an application/problem+json {@code
 * Problem}, unless the operation names a more particular body; every operation may answer 406
 * to an Accept header without JSON; and every operation, each behind HTTP Basic or the website's
 * key, may answer 401. The resources then document only the refusals particular to them.
 */
public class ProblemDocumentation implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        if (!responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", refusal("No or wrong credentials"));
        }
        if (!responses.hasAPIResponse("406")) {
            responses.addAPIResponse("406", refusal("The Accept header allows neither JSON nor a problem"));
        }
        for (Map.Entry<String, APIResponse> answer : responses.getAPIResponses().entrySet()) {
            if (answer.getKey().startsWith("4") && isEmpty(answer.getValue().getContent())) {
                answer.getValue().setContent(problem());
            }
        }
        return operation;
    }

    private static APIResponse refusal(String description) {
        return OASFactory.createAPIResponse().description(description).content(problem());
    }

    private static Content problem() {
        return OASFactory.createContent()
                .addMediaType(
                        Problems.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }

    private static boolean isEmpty(Content content) {
        return content == null
                || content.getMediaTypes() == null
                || content.getMediaTypes().isEmpty();
    }
}
