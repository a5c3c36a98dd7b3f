package org.relais.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.DispatcherType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.platform.RelaisPrincipal;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;

/** The bell's number: only for signed-in people on pages, and never a reason for a page to fail. */
class UnreadCountAdviceTest {

	private final Inbox inbox = mock(Inbox.class);

	private final UnreadCountAdvice advice = new UnreadCountAdvice(inbox);

	private final UUID userId = UUID.randomUUID();

	@BeforeEach
	void signIn() {
		RelaisPrincipal user = new RelaisPrincipal(userId, "a@example.org", "A", null, true, false, "fr", false, 0,
				List.of(), null);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		when(inbox.unreadCount(userId)).thenReturn(3L);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void countsForAPage() {
		assertThat(advice.unreadCount(new MockHttpServletRequest("GET", "/home"))).isEqualTo(3L);
	}

	@Test
	void nothingForSignedOutPeople() {
		SecurityContextHolder.clearContext();
		assertThat(advice.unreadCount(new MockHttpServletRequest("GET", "/home"))).isNull();
		verify(inbox, never()).unreadCount(any());
	}

	@Test
	void nothingForTheApiNorForErrorPages() {
		assertThat(advice.unreadCount(new MockHttpServletRequest("GET", "/api/v1/territories"))).isNull();
		MockHttpServletRequest error = new MockHttpServletRequest("GET", "/error");
		error.setDispatcherType(DispatcherType.ERROR);
		assertThat(advice.unreadCount(error)).isNull();
		verify(inbox, never()).unreadCount(any());
	}

	@Test
	void aDatabaseOutageLeavesTheBellWithoutNumber() {
		when(inbox.unreadCount(userId)).thenThrow(new CannotCreateTransactionException("no connection"));
		assertThat(advice.unreadCount(new MockHttpServletRequest("GET", "/home"))).isNull();
		doThrow(new DataAccessResourceFailureException("gone")).when(inbox).unreadCount(userId);
		assertThat(advice.unreadCount(new MockHttpServletRequest("GET", "/home"))).isNull();
	}

	@Test
	void onlyPathsOfThisSiteAreFollowedAndAnyPageNumberIsAccepted() {
		assertThat(InboxController.isLocalPath("/account")).isTrue();
		assertThat(InboxController.isLocalPath("//evil.example")).isFalse();
		assertThat(InboxController.isLocalPath("/\\evil.example")).isFalse();
		assertThat(InboxController.isLocalPath("https://evil.example")).isFalse();
		assertThat(InboxController.pageNumber(null)).isZero();
		assertThat(InboxController.pageNumber("x")).isZero();
		assertThat(InboxController.pageNumber("-4")).isZero();
		assertThat(InboxController.pageNumber(" 3 ")).isEqualTo(3);
		assertThat(InboxController.pageNumber("99999999999")).isZero();
		assertThat(InboxController.pageNumber("2000000")).isEqualTo(10_000);
	}

}
