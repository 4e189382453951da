package dev.feira.identity.internal;

import java.util.Arrays;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import dev.feira.identity.ForBuyerAccounts;
import dev.feira.identity.ForSupplierStaff;

/**
 * The integration API's OpenAPI document tells a client generator the truth: every operation is authorised by
 * a client-credentials token (scope {@code api}) from this server, and names the problem documents (RFC 9457)
 * it can answer with — whose token is refused (401), whose organisation may not (403), an id that is not the
 * caller's (404), input that cannot be read (400), a state or rule it breaks (409, 422), an upload too large (413).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    static final String SCHEME = "clientCredentials";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_TYPE = "application/problem+json";

    @Bean
    OpenAPI feiraIntegrationApi() {
        var problem = new ObjectSchema().description("An RFC 9457 problem document")
                .addProperty("type", new StringSchema().format("uri-reference"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("What went wrong, for a person to read"))
                .addProperty("instance", new StringSchema().format("uri-reference"));
        return new OpenAPI()
                .info(new Info().title("Feira integration API").version("v1")
                        .license(new License().name("Proprietary: for Feira's suppliers and buyers under their contract"))
                        .description("For buyers' and suppliers' ERP and procurement systems. Call a supplier's own host "
                                + "(e.g. https://ferragens.feira.com.br) with a bearer token from the platform's token endpoint "
                                + "(client-credentials grant, scope api); every answer is limited to what the token's organisation may see. "
                                + "Errors are problem documents (RFC 9457)."))
                .addServersItem(new Server().url("/").description("The supplier's host the call is about"))
                .components(new Components()
                        .addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                                .description("An integration client of a supplier or a buyer company")
                                .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token")
                                        .scopes(new Scopes().addString("api", "The integration API")))))
                        .addSchemas(PROBLEM, problem));
    }

    @Bean
    OperationCustomizer authorisationAndProblems() {
        return (operation, handler) -> {
            operation.addSecurityItem(new SecurityRequirement().addList(SCHEME, "api"));
            ApiResponses responses = operation.getResponses();
            problem(responses, "401", "No bearer token, or one that is expired, forged or not for this API");
            problem(responses, "403", forbidden(handler));
            MethodParameter[] parameters = handler.getMethodParameters();
            if (Arrays.stream(parameters).anyMatch(p -> p.hasParameterAnnotation(PathVariable.class))) {
                problem(responses, "404", "Nothing of that id here for the caller (another organisation's is not found either)");
            }
            boolean reads = Arrays.stream(parameters).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class)
                    || p.hasParameterAnnotation(RequestParam.class) || p.hasParameterAnnotation(PathVariable.class));
            if (reads) {
                problem(responses, "400", "A parameter or body that cannot be read: wrong type, out of range, malformed");
            }
            if (!handler.hasMethodAnnotation(GetMapping.class)) {
                problem(responses, "409", "The resource's state does not allow this now");
            }
            var body = operation.getRequestBody();
            if (body != null && body.getContent() != null) {
                problem(responses, "422", "Understood but refused by a business rule; the detail says which");
                if (body.getContent().keySet().stream().anyMatch(type -> type.startsWith("multipart/") || type.startsWith("text/csv")
                        || type.contains("spreadsheet") || type.equals("application/octet-stream"))) {
                    problem(responses, "413", "The upload is larger than allowed");
                }
            }
            return operation;
        };
    }

    private static String forbidden(HandlerMethod handler) {
        if (handler.hasMethodAnnotation(ForSupplierStaff.class) || handler.getBeanType().isAnnotationPresent(ForSupplierStaff.class)) {
            return "Only the supplier whose host is called (its staff and systems) may do this";
        }
        if (handler.hasMethodAnnotation(ForBuyerAccounts.class) || handler.getBeanType().isAnnotationPresent(ForBuyerAccounts.class)) {
            return "Only a buyer with an account at the supplier whose host is called may do this";
        }
        return "The caller's organisation may not do this here";
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) {
            return;
        }
        Schema<?> reference = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
        responses.addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_TYPE, new MediaType().schema(reference))));
    }
}
