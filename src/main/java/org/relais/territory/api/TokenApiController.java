package org.relais.territory.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.platform.TerritoryMembership;
import org.relais.platform.LoginThrottledException;
import org.relais.territory.domain.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** REST authentication: exchange email and password for a bearer token; who am I. */
@RestController
@Tag(name = "Authentication")
class TokenApiController {

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	TokenApiController(AuthenticationManager authentication, ApiTokens tokens) {
		this.authentication = authentication;
		this.tokens = tokens;
	}

	/** Credentials for a token. */
	record TokenRequest(String email, String password, String name) {
	}

	/** A new token: shown once. */
	record TokenResponse(String token, Instant expiresAt) {
	}

	/** The signed-in user. */
	record Me(UUID id, String email, String displayName, String language, boolean platformAdmin,
			UUID currentTerritory, List<TerritoryRoles> territories) {
	}

	/** Roles held in one territory. */
	record TerritoryRoles(UUID id, String slug, String name, List<Role> roles) {
	}

	@PostMapping(path = "/api/v1/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a personal API token from email and password (rate-limited)")
	ResponseEntity<?> create(@RequestBody(required = false) TokenRequest request) {
		if (request == null || blank(request.email()) || blank(request.password()) || request.email().length() > 320
				|| request.password().length() > 200) {
			return problem(HttpStatus.BAD_REQUEST, "Bad request", "Send JSON {\"email\": …, \"password\": …}.",
					Map.of("email", blank(request == null ? null : request.email()) ? "required" : "ok", "password",
							blank(request == null ? null : request.password()) ? "required" : "ok"));
		}
		Authentication auth;
		try {
			auth = authentication
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password()));
		}
		catch (LoginThrottledException ex) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header("Retry-After", "900")
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problemBody(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts",
						"Too many failed sign-ins. Try again in 15 minutes.", null));
		}
		catch (AuthenticationException ex) {
			return problem(HttpStatus.UNAUTHORIZED, "Unauthorized", "Wrong email or password.", null);
		}
		RelaisPrincipal principal = (RelaisPrincipal) auth.getPrincipal();
		if (principal.twoFactorEnabled() || principal.twoFactorRequired()) {
			return problem(HttpStatus.FORBIDDEN, "Second factor required",
					"This account uses two-factor authentication: create a token from the account page.", null);
		}
		String name = blank(request.name()) ? "API" : request.name().trim();
		ApiTokens.NewToken token = tokens.create(principal.userId(), name.length() > 100 ? name.substring(0, 100) : name);
		return ResponseEntity.status(HttpStatus.CREATED).body(new TokenResponse(token.token(), token.expiresAt()));
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The user behind the bearer token, with territories and roles")
	Me me() {
		RelaisPrincipal me = CurrentUser.require();
		return new Me(me.userId(), me.email(), me.displayName(), me.language(), me.platformAdmin(),
				me.currentTerritoryId(),
				me.memberships()
					.stream()
					.map((TerritoryMembership m) -> new TerritoryRoles(m.territoryId(), m.slug(), m.name(),
							m.roles().stream().sorted().toList()))
					.toList());
	}

	@DeleteMapping("/api/v1/tokens/current")
	@Operation(summary = "Revoke the bearer token of this request")
	ResponseEntity<Void> revokeCurrent(@RequestHeader("Authorization") String header) {
		RelaisPrincipal me = CurrentUser.require();
		String raw = header.substring(7).trim();
		tokens.list(me.userId())
			.stream()
			.filter(t -> raw.startsWith(t.prefix()) && t.active())
			.filter(t -> tokens.matches(t.id(), raw))
			.findFirst()
			.ifPresent(t -> tokens.revoke(me.userId(), t.id()));
		return ResponseEntity.noContent().build();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
			Map<String, String> errors) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problemBody(status, title, detail, errors));
	}

	private static ProblemDetail problemBody(HttpStatus status, String title, String detail,
			Map<String, String> errors) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
		p.setTitle(title);
		p.setInstance(URI.create("/api/v1/tokens"));
		if (errors != null) {
			p.setProperty("errors", errors);
		}
		return p;
	}

}
