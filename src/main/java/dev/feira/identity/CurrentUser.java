package dev.feira.identity;

import java.util.Optional;

/** The user behind the current request, if signed in. */
public interface CurrentUser {

    Optional<PortalUser> get();
}
