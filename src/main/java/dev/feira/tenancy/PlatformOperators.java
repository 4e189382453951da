package dev.feira.tenancy;

/**
 * Who may run the platform: its operators. Declared here, where the tenants' lifecycle needs it, and answered by the
 * identity module, which knows people and their roles.
 */
public interface PlatformOperators {

    /**
     * @return the signed-in operator's user name
     * @throws org.springframework.security.access.AccessDeniedException for anybody else
     */
    String requireOperator();
}
