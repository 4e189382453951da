package dev.feira.tenancy.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * Something another module shows in the portal's top bar (the notification bell), so the shell
 * needs to know none of them. A bean of this type is asked once per page.
 */
public interface NavbarItem {

    /** The component for the current visitor, or empty when it has nothing to show them. */
    Optional<Component> create();
}
