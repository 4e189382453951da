package dev.feira.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an integration API controller or operation: only for the supplier whose host is called — its staff and its
 * own systems — and platform operators ({@link CatalogAccess#mayManage}). Checked before the request body is
 * read, so a stranger learns nothing from how a body would have been validated: 404 off a supplier's host, 403 on it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ForSupplierStaff {
}
