package dev.feira.identity.internal;

import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import dev.feira.identity.PortalUser;
import dev.feira.tenancy.TenantDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Who is signed in is read afresh by every request, and once per request however often a page asks. */
class SignedInPersonTests {

    private final UserAccounts users = mock(UserAccounts.class);
    private final AccountDirectory directory = new AccountDirectory(users, mock(BuyerCompanies.class), mock(BuyerAccounts.class),
            mock(TenantDirectory.class), mock(PlatformTransactionManager.class), mock(SupportDesk.class), mock(AccountsOfCompanies.class));
    private final UserAccount ana = UserAccount.operator("ana@feira.dev", "{noop}x", "Ana");

    SignedInPersonTests() {
        when(users.findByUsernameIgnoreCase("ana@feira.dev")).thenReturn(Optional.of(ana));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("ana@feira.dev", null, java.util.List.of()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aRequestReadsThePersonOnce() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

        var first = directory.get();
        var again = directory.get();

        assertThat(first).map(PortalUser::username).contains("ana@feira.dev");
        assertThat(again).isEqualTo(first);
        verify(users, times(1)).findByUsernameIgnoreCase("ana@feira.dev");
    }

    @Test
    void theNextRequestReadsAfreshAndSeesThePersonDisabled() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(directory.get()).isPresent();

        ana.disable();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

        assertThat(directory.get()).isEmpty();
        verify(users, times(2)).findByUsernameIgnoreCase("ana@feira.dev");
    }

    @Test
    void withoutARequestEveryAskReadsIt() { // a push from another thread, a scheduled job
        directory.get();
        directory.get();

        verify(users, times(2)).findByUsernameIgnoreCase("ana@feira.dev");
    }
}
