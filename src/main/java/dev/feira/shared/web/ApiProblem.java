package dev.feira.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Refusals of the integration API, rendered as RFC 9457 problem details. */
public final class ApiProblem {

    private ApiProblem() {
    }

    public static ErrorResponseException of(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }

    /**
     * A refusal whose reason reads in the caller's language (its Accept-Language; English otherwise), with the
     * translation key as {@code code} for programs that branch on it.
     *
     * @param english the reason when no translation has the key
     */
    public static ErrorResponseException translated(HttpStatus status, String key, Object[] arguments, java.util.Locale locale, String english) {
        String detail = dev.feira.shared.i18n.Translations.textOr(locale == null ? java.util.Locale.ENGLISH : locale, english, key,
                arguments);
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", key);
        return new ErrorResponseException(status, problem, null);
    }

    /** {@link #translated} for a refusal that carries its own key and arguments. */
    public static ErrorResponseException translated(HttpStatus status, dev.feira.shared.TranslatedRefusal refusal, java.util.Locale locale) {
        return translated(status, refusal.key(), refusal.arguments(), locale, refusal.getMessage());
    }
}
