package dev.feira.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an integration API controller or operation: only for a buyer with an account at the supplier whose host is
 * called ({@link BuyerAccountDirectory#ofCaller}). Checked before the request body is read: 404 off a supplier's
 * host, 403 for anybody else.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ForBuyerAccounts {
}
