package dev.feira.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an integration API controller or operation: only for a buyer company's people and systems
 * ({@link BuyerAccountDirectory#buyerCaller}), on the marketplace host or on a supplier's portal they may enter.
 * Checked before the request body is read, so a stranger learns nothing from how a body would have been validated.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ForBuyerCompanies {
}
