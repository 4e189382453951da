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
        String detail;
        try {
            var texts = java.util.ResourceBundle.getBundle("vaadin-i18n.translations", locale == null ? java.util.Locale.ENGLISH : locale);
            String pattern = texts.getString(key);
            detail = arguments.length == 0 ? pattern : new java.text.MessageFormat(pattern, texts.getLocale()).format(arguments);
        } catch (java.util.MissingResourceException untranslated) {
            detail = english;
        }
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", key);
        return new ErrorResponseException(status, problem, null);
    }
}
