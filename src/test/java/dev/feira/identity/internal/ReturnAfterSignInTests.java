package dev.feira.identity.internal;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The page a sign-in link asks to come back to is kept only when it is a page of the same host. */
class ReturnAfterSignInTests {

    @Test
    void aPageOfThePortalIsKeptWithItsQuery() {
        assertThat(ReturnAfterSignIn.safePath("/catalog/product/FP-00092")).contains(URI.create("/catalog/product/FP-00092"));
        assertThat(ReturnAfterSignIn.safePath("/catalog?q=parafuso%20inox")).contains(URI.create("/catalog?q=parafuso%20inox"));
    }

    @Test
    void anotherSiteOrTheSignInItselfIsNot() {
        assertThat(ReturnAfterSignIn.safePath(null)).isEmpty();
        assertThat(ReturnAfterSignIn.safePath("https://evil.example/")).isEmpty();
        assertThat(ReturnAfterSignIn.safePath("//evil.example/catalog")).isEmpty();
        assertThat(ReturnAfterSignIn.safePath("/\\evil.example")).isEmpty();
        assertThat(ReturnAfterSignIn.safePath("catalog")).isEmpty();
        assertThat(ReturnAfterSignIn.safePath("/oauth2/authorization/feira")).isEmpty();
        assertThat(ReturnAfterSignIn.safePath("/login/oauth2/code/feira?code=x")).isEmpty();
        assertThat(ReturnAfterSignIn.safePath("/signin")).isEmpty();
        assertThat(ReturnAfterSignIn.safePath("/catalog/" + "x".repeat(2_000))).isEmpty();
        assertThat(ReturnAfterSignIn.safePath("/catalog?q=%zz bad")).isEmpty();
    }
}
